// The editors' review page: unanswered and 👎-rated questions, grouped; link a group to an article (its wording goes
// into the article's questions), or mark it as needing a new article, out of scope, or handled. Text is put on the
// page with textContent only: residents' words are in it.
'use strict';

(() => {
  const API = '/console/api';
  const $ = (id) => document.getElementById(id);
  const state = { csrf: null, articles: [] };
  let t = (key) => key;
  const actionText = (action) => t('action.' + action);

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
    if (!response.ok) throw new Error(response.status === 401 ? t('sign-in') : (data.detail || t('error', { code: response.status })));
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
    if (group.unanswered) counts.push(t('unanswered', { n: group.unanswered }));
    if (group.disliked) {
      counts.push(t('disliked', { n: group.disliked }) + (group.articles.length ? ' ' + t('shown', { articles: group.articles.join(', ') }) : ''));
    }
    counts.push(t('last', { when: time(group.lastAt) }));
    item.append(el('p', counts.join(' · '), 'meta'));
    if (group.examples.length) item.append(el('p', t('examples', { examples: group.examples.join(' · ') }), 'examples'));

    const form = el('form');
    form.setAttribute('aria-labelledby', title.id);
    const questionId = 'question-' + index;
    const questionLabel = el('label', t('question'));
    questionLabel.htmlFor = questionId;
    const question = el('input');
    question.id = questionId;
    question.value = group.text;
    question.maxLength = 200;
    const articleId = 'article-' + index;
    const articleLabel = el('label', t('article'));
    articleLabel.htmlFor = articleId;
    const article = el('select');
    article.id = articleId;
    article.append(el('option', t('choose')));
    article.firstChild.value = '';
    state.articles.forEach((a) => {
      const option = el('option', a.title + ' (' + a.id + ')');
      option.value = a.id;
      article.append(option);
    });
    const link = el('button', t('link'));
    link.type = 'submit';
    link.dataset.action = 'linked';
    form.append(questionLabel, question, articleLabel, article, link);
    ['new-article', 'out-of-scope', 'handled'].forEach((action) => {
      const button = el('button', t(action), 'secondary');
      button.type = 'button';
      button.dataset.action = action;
      button.addEventListener('click', () => decide(group, action, question.value, null));
      form.append(button);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!article.value) {
        $('error').textContent = t('choose-article');
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
      const reply = window.prompt(t('whose-matter'));
      if (!reply) return;
      body.reply = reply;
    }
    try {
      const done = await call('POST', '/review/decisions', body);
      $('status').textContent = t('saved', { text: done.question, action: actionText(done.action), detail: done.detail ? ' (' + done.detail + ')' : '' });
      await load();
    } catch (error) {
      $('error').textContent = error.message;
    }
  }

  function render(data) {
    state.articles = data.articles;
    $('count').textContent = '(' + data.groups.length + ')';
    $('groups').replaceChildren(...data.groups.map(groupItem));
    if (!data.groups.length) $('groups').append(el('li', t('nothing')));
    const rows = data.actions.map((a) => {
      const row = el('tr');
      [time(a.at), a.editor, a.question, actionText(a.action), a.article || '', a.detail || ''].forEach((cell) => row.append(el('td', cell)));
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
      t = await window.kckTexts('console-review');
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
