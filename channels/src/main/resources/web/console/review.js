// The editors' review page: unanswered and 👎-rated questions, grouped; link a group to an article (its wording goes
// into the article's questions), or mark it as needing a new article, out of scope, or handled. Text is put on the
// page with textContent only: residents' words are in it.
'use strict';

(() => {
  const API = '/console/api';
  const $ = (id) => document.getElementById(id);
  const ACTIONS = { linked: 'dodano do artykułu', 'new-article': 'potrzebny nowy artykuł', 'out-of-scope': 'poza zakresem', handled: 'załatwione' };
  const state = { csrf: null, articles: [] };

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
    const response = await fetch(API + path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(response.status === 401 ? 'Zaloguj się w konsoli (link u góry), a potem wróć na tę stronę.' : (data.detail || 'Błąd ' + response.status));
    return data;
  }

  function time(iso) {
    return new Date(iso).toLocaleString('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'short', timeStyle: 'short' });
  }

  function groupItem(group, index) {
    const item = el('li');
    item.dataset.key = group.key;
    const title = el('h3', group.text);
    title.id = 'group-' + index;
    item.append(title);
    const counts = [];
    if (group.unanswered) counts.push('bez odpowiedzi: ' + group.unanswered);
    if (group.disliked) counts.push('ocenione 👎: ' + group.disliked + (group.articles.length ? ' (pokazano: ' + group.articles.join(', ') + ')' : ''));
    counts.push('ostatnio: ' + time(group.lastAt));
    item.append(el('p', counts.join(' · '), 'meta'));
    if (group.examples.length) item.append(el('p', 'Inne sformułowania: ' + group.examples.join(' · '), 'examples'));

    const form = el('form');
    form.setAttribute('aria-labelledby', title.id);
    const questionId = 'question-' + index;
    const questionLabel = el('label', 'Pytanie do dodania');
    questionLabel.htmlFor = questionId;
    const question = el('input');
    question.id = questionId;
    question.value = group.text;
    question.maxLength = 200;
    const articleId = 'article-' + index;
    const articleLabel = el('label', 'Artykuł');
    articleLabel.htmlFor = articleId;
    const article = el('select');
    article.id = articleId;
    article.append(el('option', '— wybierz —'));
    article.firstChild.value = '';
    state.articles.forEach((a) => {
      const option = el('option', a.title + ' (' + a.id + ')');
      option.value = a.id;
      article.append(option);
    });
    const link = el('button', 'Dodaj do artykułu');
    link.type = 'submit';
    link.dataset.action = 'linked';
    form.append(questionLabel, question, articleLabel, article, link);
    [['new-article', 'Potrzebny nowy artykuł'], ['out-of-scope', 'Poza zakresem'], ['handled', 'Załatwione']].forEach(([action, label]) => {
      const button = el('button', label, 'secondary');
      button.type = 'button';
      button.dataset.action = action;
      button.addEventListener('click', () => decide(group, action, question.value, null));
      form.append(button);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!article.value) {
        $('error').textContent = 'Wybierz artykuł.';
        article.focus();
        return;
      }
      decide(group, 'linked', question.value, article.value);
    });
    item.append(form);
    return item;
  }

  async function decide(group, action, question, article) {
    $('error').textContent = '';
    const body = { key: group.key, question, action };
    if (article) body.article = article;
    if (action === 'out-of-scope') {
      const reply = window.prompt('Czyja to sprawa? Tę odpowiedź zobaczą mieszkańcy pytający o to samo:');
      if (!reply) return;
      body.reply = reply;
    }
    try {
      const done = await call('POST', '/review/decisions', body);
      $('status').textContent = 'Zapisano: „' + done.question + '” – ' + ACTIONS[done.action] + (done.detail ? ' (' + done.detail + ')' : '') + '.';
      await load();
    } catch (error) {
      $('error').textContent = error.message;
    }
  }

  function render(data) {
    state.articles = data.articles;
    $('count').textContent = '(' + data.groups.length + ')';
    $('groups').replaceChildren(...data.groups.map(groupItem));
    if (!data.groups.length) $('groups').append(el('li', 'Nic nie czeka. Dziękujemy!'));
    const rows = data.actions.map((a) => {
      const row = el('tr');
      [time(a.at), a.editor, a.question, ACTIONS[a.action] || a.action, a.article || '', a.detail || ''].forEach((cell) => row.append(el('td', cell)));
      return row;
    });
    $('log').tBodies[0].replaceChildren(...rows);
  }

  async function load() {
    try {
      render(await call('GET', '/review/queue'));
    } catch (error) {
      $('error').textContent = error.message;
    }
  }

  async function init() {
    try {
      const me = await call('GET', '/session');
      state.csrf = me.csrfToken;
    } catch (error) {
      $('error').textContent = error.message;
      return;
    }
    await load();
  }

  init();
})();
