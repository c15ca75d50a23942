// The supervisors' analytics page. Plain JavaScript; the charts are uPlot (vendored from the uplot webjar).
// Everything from the server is put on the page with textContent, never innerHTML: residents' words are in it.
'use strict';

(() => {
  const API = '/console/api/analytics';
  const $ = (id) => document.getElementById(id);
  const DAYS = ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'];
  const FIGURES = [
    ['conversations', 'Rozmowy', 'int'], ['messages', 'Wiadomości', 'int'], ['containment_rate', 'Załatwione bez konsultanta', 'pct'],
    ['answer_rate', 'Odpowiedzi z bazy wiedzy', 'pct'], ['clarify_rate', 'Dopytania', 'pct'], ['fallback_rate', 'Brak odpowiedzi', 'pct'],
    ['handed_over', 'Przekazane konsultantom', 'int'], ['repeated_misses', 'Rozmowy z powtórnym brakiem odpowiedzi', 'int'],
    ['feedback_up', 'Oceny 👍', 'int'], ['feedback_down', 'Oceny 👎', 'int'], ['satisfaction_avg', 'Zadowolenie (1–5)', 'dec'],
  ];
  const TITLES = {
    unanswered: 'Pytania bez odpowiedzi (pogrupowane)', by_kind: 'Rodzaje odpowiedzi', by_channel: 'Kanały',
    topics: 'Tematy odpowiedzi', articles: 'Najczęściej pokazywane artykuły', handoffs: 'Przekazania konsultantom i czas oczekiwania',
    resolutions: 'Sposób zakończenia spraw', reports_by_category: 'Zgłoszenia według kategorii i stanu',
    feedback: 'Oceny odpowiedzi', satisfaction: 'Zadowolenie po rozmowie z konsultantem', monthly: 'Miesiąc po miesiącu',
    by_author: 'Wiadomości według autora', daily: 'Dzień po dniu', heat_map: 'Obciążenie',
  };
  const COLUMNS = {
    text: 'Pytanie', count: 'Liczba', examples: 'Inne sformułowania', key: 'Lematy', kind: 'Rodzaj', replies: 'Odpowiedzi',
    share: 'Udział', channel: 'Kanał', conversations: 'Rozmowy', messages: 'Wiadomości', topic: 'Temat', article: 'Artykuł',
    answers: 'Odpowiedzi', reason: 'Powód', mode: 'Tryb', cases: 'Sprawy', claimed: 'Przejęte', wait_avg_s: 'Średnie czekanie [s]',
    wait_median_s: 'Mediana [s]', wait_p90_s: '90. centyl [s]', wait_max_s: 'Najdłużej [s]', resolution: 'Zakończenie',
    service_code: 'Kod', category: 'Kategoria', status: 'Stan', reports: 'Zgłoszenia', rating: 'Ocena', reply_kind: 'Rodzaj odpowiedzi',
    score: 'Ocena', month: 'Miesiąc', handoffs: 'Przekazania', author: 'Autor', date: 'Dzień', resident_messages: 'Od mieszkańców',
    fallbacks: 'Bez odpowiedzi', weekday: 'Dzień tygodnia', hour: 'Godzina',
  };
  const HIDDEN = { unanswered: ['key'] };
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
    $('status').textContent = 'Liczę…';
    const response = await fetch(API + query(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const data = await response.json().catch(() => ({}));
    if (response.status === 401) {
      $('status').textContent = '';
      $('period-error').textContent = 'Zaloguj się w konsoli (link u góry), a potem wróć na tę stronę.';
      return;
    }
    if (!response.ok) {
      $('status').textContent = '';
      $('period-error').textContent = data.detail || ('Błąd ' + response.status);
      return;
    }
    history.replaceState(null, '', query());
    render(data);
    $('status').textContent = 'Okres ' + data.from + ' – ' + data.to + ': ' + data.conversations + ' rozmów (policzone w ' + data.millis + ' ms).';
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
    FIGURES.forEach(([key, label, kind]) => {
      const item = el('div');
      item.append(el('dt', label), el('dd', format(data[key], kind)));
      item.lastChild.dataset.figure = key;
      list.append(item);
    });
  }

  function renderDaily(rows) {
    const box = $('daily-chart');
    if (chart) chart.destroy();
    box.replaceChildren();
    const x = rows.map((r) => Date.parse(r.date + 'T12:00:00') / 1000);
    const series = [['conversations', 'Rozmowy', '#003c7d'], ['fallbacks', 'Bez odpowiedzi', '#c92a2a'],
      ['handoffs', 'Przekazania', '#e67700'], ['reports', 'Zgłoszenia', '#2b8a3e']];
    const options = {
      width: Math.max(320, box.clientWidth || 900), height: 280,
      scales: { x: { time: true } },
      series: [{ label: 'Dzień' }].concat(series.map(([, label, stroke]) => ({ label, stroke, width: 2 }))),
      axes: [{}, { label: 'Liczba' }],
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
    table.append(el('caption', 'Rozmowy rozpoczęte w danym dniu tygodnia i godzinie (czas Warszawy)'));
    const head = el('tr');
    head.append(el('th', 'Dzień'));
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
      const th = el('th', DAYS[day - 1]);
      th.scope = 'row';
      row.append(th);
      for (let hour = 0; hour < 24; hour++) {
        const cell = cells.find((c) => c.weekday === day && c.hour === hour) || { conversations: 0 };
        const td = el('td', cell.conversations);
        const intensity = cell.conversations / max;
        td.style.backgroundColor = 'rgba(0, 60, 125, ' + (0.05 + 0.9 * intensity).toFixed(3) + ')';
        if (intensity > 0.5) td.classList.add('dark');
        if (isOpen(infoline, day, hour)) td.classList.add('open');
        td.title = DAYS[day - 1] + ' ' + hour + ':00–' + (hour + 1) + ':00: ' + cell.conversations;
        row.append(td);
      }
      body.append(row);
    }
    table.append(body);
    $('heat-map').replaceChildren(table, csvLink('heat_map'));
    const legend = $('heat-legend');
    legend.replaceChildren(el('span', '', 'legend-open'), document.createTextNode(' godziny infolinii: ' + infoline.hours
      + ' (obramowane komórki); im ciemniej, tym więcej rozmów.'));
  }

  function csvLink(name) {
    const link = el('a', 'CSV');
    link.href = API + '/csv/' + name + query();
    link.setAttribute('download', '');
    link.setAttribute('aria-label', 'Pobierz tabelę „' + (TITLES[name] || name) + '” jako CSV');
    return link;
  }

  function renderTable(box, name, rows) {
    box.className = 'data-table';
    const title = el('h3', TITLES[name] || name);
    title.append(csvLink(name));
    const wrap = el('div', null, 'scroll');
    if (rows.length === 0) {
      wrap.append(el('p', 'Brak danych w tym okresie.', 'hint'));
      box.replaceChildren(title, wrap);
      return;
    }
    const columns = Object.keys(rows[0]).filter((c) => !(HIDDEN[name] || []).includes(c));
    const table = el('table');
    table.dataset.name = name;
    const head = el('tr');
    columns.forEach((c) => {
      const th = el('th', COLUMNS[c] || c, typeof rows[0][c] === 'number' ? 'num' : '');
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

  function init() {
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
