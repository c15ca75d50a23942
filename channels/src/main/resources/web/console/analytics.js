// The supervisors' analytics page. Plain JavaScript; the charts are uPlot (vendored from the uplot webjar).
// Everything from the server is put on the page with textContent, never innerHTML: residents' words are in it.
'use strict';

(() => {
  const API = '/console/api/analytics';
  const $ = (id) => document.getElementById(id);
  const FIGURES = [['conversations', 'int'], ['contacts', 'int'], ['messages', 'int'], ['containment_rate', 'pct'],
    ['answer_rate', 'pct'], ['clarify_rate', 'pct'], ['fallback_rate', 'pct'], ['handed_over', 'int'], ['repeated_misses', 'int'],
    ['feedback_up', 'int'], ['feedback_down', 'int'], ['satisfaction_avg', 'dec']];
  const HIDDEN = { unanswered: ['key'] };
  let t = (key) => key;
  let days = [];
  let chart = null;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function format(value, kind) {
    if (value === null || value === undefined) return '–';
    if (kind === 'pct') return (value * 100).toLocaleString('pl-PL', { maximumFractionDigits: 1 }) + '%';
    if (typeof value === 'number') return value.toLocaleString('pl-PL', { maximumFractionDigits: 2 });
    if (Array.isArray(value)) return value.join(' · ');
    return String(value);
  }

  function localDate(date) {
    return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function query() {
    return '?from=' + encodeURIComponent($('from').value) + '&to=' + encodeURIComponent($('to').value);
  }

  async function load() {
    $('period-error').textContent = '';
    $('status').textContent = t('counting');
    const response = await fetch(API + query(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const data = await response.json().catch(() => ({}));
    if (response.status === 401) {
      $('status').textContent = '';
      $('period-error').textContent = t('sign-in');
      return;
    }
    if (!response.ok) {
      $('status').textContent = '';
      $('period-error').textContent = data.detail || t('error', { code: response.status });
      return;
    }
    history.replaceState(null, '', query());
    render(data);
    $('status').textContent = t('done', { from: data.from, to: data.to, n: data.conversations, ms: data.millis });
  }

  function render(data) {
    $('report').hidden = false;
    renderFigures(data);
    renderDaily(data.daily);
    renderHeatMap(data.heat_map, data.infoline);
    document.querySelectorAll('[data-table]').forEach((box) => renderTable(box, box.dataset.table, data[box.dataset.table] || []));
  }

  function renderFigures(data) {
    const list = $('figures');
    list.replaceChildren();
    FIGURES.forEach(([key, kind]) => {
      const item = el('div');
      item.append(el('dt', t('figure.' + key)), el('dd', format(data[key], kind)));
      item.lastChild.dataset.figure = key;
      list.append(item);
    });
  }

  function renderDaily(rows) {
    const box = $('daily-chart');
    if (chart) chart.destroy();
    box.replaceChildren();
    const x = rows.map((r) => Date.parse(r.date + 'T12:00:00') / 1000);
    const series = [['conversations', t('column.conversations'), '#003c7d'], ['fallbacks', t('column.fallbacks'), '#c92a2a'],
      ['handoffs', t('column.handoffs'), '#e67700'], ['reports', t('column.reports'), '#2b8a3e']];
    const options = {
      width: Math.max(320, box.clientWidth || 900), height: 280,
      scales: { x: { time: true } },
      series: [{ label: t('column.date') }].concat(series.map(([, label, stroke]) => ({ label, stroke, width: 2 }))),
      axes: [{}, { label: t('axis-count') }],
    };
    chart = new uPlot(options, [x].concat(series.map(([key]) => rows.map((r) => r[key]))), box);
  }

  function isOpen(infoline, weekday, hour) {
    if (!infoline.days.includes(weekday)) return false;
    const minutes = (t) => { const [h, m] = t.split(':').map(Number); return h * 60 + m; };
    return hour * 60 < minutes(infoline.closes) && (hour + 1) * 60 > minutes(infoline.opens);
  }

  function renderHeatMap(cells, infoline) {
    const max = Math.max(1, ...cells.map((c) => c.conversations));
    const table = el('table', null, 'heat');
    table.append(el('caption', t('heat-caption')));
    const head = el('tr');
    head.append(el('th', t('heat-day')));
    for (let hour = 0; hour < 24; hour++) {
      const th = el('th', hour, 'num');
      th.scope = 'col';
      head.append(th);
    }
    table.append(el('thead'));
    table.tHead.append(head);
    const body = el('tbody');
    for (let day = 1; day <= 7; day++) {
      const row = el('tr');
      const th = el('th', days[day - 1]);
      th.scope = 'row';
      row.append(th);
      for (let hour = 0; hour < 24; hour++) {
        const cell = cells.find((c) => c.weekday === day && c.hour === hour) || { conversations: 0 };
        const td = el('td', cell.conversations);
        const intensity = cell.conversations / max;
        td.style.backgroundColor = 'rgba(0, 60, 125, ' + (0.05 + 0.9 * intensity).toFixed(3) + ')';
        if (intensity > 0.5) td.classList.add('dark');
        if (isOpen(infoline, day, hour)) td.classList.add('open');
        td.title = days[day - 1] + ' ' + hour + ':00–' + (hour + 1) + ':00: ' + cell.conversations;
        row.append(td);
      }
      body.append(row);
    }
    table.append(body);
    $('heat-map').replaceChildren(table, csvLink('heat_map'));
    const legend = $('heat-legend');
    legend.replaceChildren(el('span', '', 'legend-open'), document.createTextNode(' ' + t('heat-legend', { hours: infoline.hours })));
  }

  function csvLink(name) {
    const link = el('a', t('csv'));
    link.href = API + '/csv/' + name + query();
    link.setAttribute('download', '');
    link.setAttribute('aria-label', t('csv-label', { table: t('table.' + name) }));
    return link;
  }

  function renderTable(box, name, rows) {
    box.className = 'data-table';
    const title = el('h3', t('table.' + name));
    title.append(csvLink(name));
    const wrap = el('div', null, 'scroll');
    if (rows.length === 0) {
      wrap.append(el('p', t('no-data'), 'hint'));
      box.replaceChildren(title, wrap);
      return;
    }
    const columns = Object.keys(rows[0]).filter((c) => !(HIDDEN[name] || []).includes(c));
    const table = el('table');
    table.dataset.name = name;
    const head = el('tr');
    columns.forEach((c) => {
      const th = el('th', t('column.' + c), typeof rows[0][c] === 'number' ? 'num' : '');
      th.scope = 'col';
      head.append(th);
    });
    table.append(el('thead'));
    table.tHead.append(head);
    const body = el('tbody');
    rows.forEach((r) => {
      const tr = el('tr');
      columns.forEach((c) => {
        const kind = c === 'share' ? 'pct' : undefined;
        tr.append(el('td', format(r[c], kind), typeof r[c] === 'number' ? 'num' : (c === 'examples' ? 'examples' : '')));
      });
      body.append(tr);
    });
    table.append(body);
    wrap.append(table);
    box.replaceChildren(title, wrap);
  }

  async function init() {
    try {
      t = await window.kckTexts('console-analytics');
    } catch (error) {
      $('period-error').textContent = String(error);
      return;
    }
    days = t('weekdays').split(',');
    const params = new URLSearchParams(location.search);
    const today = new Date();
    $('to').value = params.get('to') || localDate(today);
    $('from').value = params.get('from') || localDate(new Date(today.getTime() - 29 * 86400000));
    $('period-form').addEventListener('submit', (event) => {
      event.preventDefault();
      load();
    });
    load();
  }

  init();
})();
