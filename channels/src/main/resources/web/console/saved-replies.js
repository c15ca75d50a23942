// The supervisors' page for saved replies: add, change and delete them (with the session's CSRF token), and the
// record of every change (who, when, what). Text is put on the page with textContent only.
'use strict';

(() => {
  const API = '/console/api';
  const $ = (id) => document.getElementById(id);
  const LANGS = ['pl', 'uk', 'en'];
  const state = { csrf: null, replies: [], topics: [], editing: null };
  let t = (key) => key;

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
    const data = response.status === 204 ? {} : await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(response.status === 401 ? t('sign-in') : (data.detail || t('error', { code: response.status })));
    return data;
  }

  function time(iso) {
    return new Date(iso).toLocaleString('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'short', timeStyle: 'short' });
  }

  function topicName(slug) {
    const topic = state.topics.find((x) => x.slug === slug);
    return topic ? topic.name : (slug || '');
  }

  function fillSelects() {
    $('reply-lang').replaceChildren(...LANGS.map((code) => {
      const option = el('option', t('lang.' + code));
      option.value = code;
      return option;
    }));
    const none = el('option', t('no-topic'));
    none.value = '';
    $('reply-topic').replaceChildren(none, ...state.topics.map((topic) => {
      const option = el('option', topic.name);
      option.value = topic.slug;
      return option;
    }));
  }

  function edit(reply) {
    state.editing = reply;
    $('form-title').textContent = reply ? t('form-edit', { title: reply.title }) : t('form-new');
    $('reply-title').value = reply ? reply.title : '';
    $('reply-lang').value = reply ? reply.lang : 'pl';
    $('reply-topic').value = reply && reply.topic ? reply.topic : '';
    $('reply-body').value = reply ? reply.text : '';
    $('reply-cancel').hidden = !reply;
    $('reply-title').focus();
  }

  async function save(event) {
    event.preventDefault();
    $('error').textContent = '';
    const body = { title: $('reply-title').value, text: $('reply-body').value, lang: $('reply-lang').value, topic: $('reply-topic').value };
    try {
      let done;
      if (state.editing) {
        body.version = state.editing.version;
        done = await call('PUT', '/saved-replies/' + state.editing.id, body);
      } else {
        done = await call('POST', '/saved-replies', body);
      }
      $('status').textContent = t('saved-done', { title: done.title });
      edit(null);
      await load();
    } catch (error) {
      $('error').textContent = error.message;
    }
  }

  async function remove(reply) {
    if (!window.confirm(t('delete-confirm', { title: reply.title }))) return;
    $('error').textContent = '';
    try {
      await call('DELETE', '/saved-replies/' + reply.id + '?version=' + reply.version);
      $('status').textContent = t('deleted-done', { title: reply.title });
      if (state.editing && state.editing.id === reply.id) edit(null);
      await load();
    } catch (error) {
      $('error').textContent = error.message;
    }
  }

  function row(reply) {
    const tr = el('tr');
    tr.dataset.id = String(reply.id);
    [reply.title, reply.langLabel, topicName(reply.topic)].forEach((cell) => tr.append(el('td', cell)));
    tr.append(el('td', reply.text, 'reply-text'));
    tr.append(el('td', time(reply.updatedAt) + ' · ' + reply.updatedBy));
    const actions = el('td');
    const change = el('button', t('edit'), 'secondary');
    change.type = 'button';
    change.setAttribute('aria-label', t('edit-label', { title: reply.title }));
    change.addEventListener('click', () => edit(reply));
    const drop = el('button', t('delete'), 'secondary');
    drop.type = 'button';
    drop.setAttribute('aria-label', t('delete-label', { title: reply.title }));
    drop.addEventListener('click', () => remove(reply));
    actions.append(change, drop);
    tr.append(actions);
    return tr;
  }

  function what(change) {
    if (change.action !== 'updated') return t('action.' + change.action);
    return t('action.updated', { fields: change.changed.map((f) => t('field.' + f)).join(', ') });
  }

  async function load() {
    try {
      const [list, history] = await Promise.all([call('GET', '/saved-replies'), call('GET', '/saved-replies/changes')]);
      state.replies = list.replies;
      if (!state.topics.length) {
        state.topics = list.topics;
        fillSelects();
        edit(null);
      }
      $('count').textContent = '(' + list.replies.length + ')';
      $('list').tBodies[0].replaceChildren(...list.replies.map(row));
      $('history').tBodies[0].replaceChildren(...history.changes.map((c) => {
        const tr = el('tr');
        [time(c.at), c.supervisor, what(c), c.title + ' (' + t('lang.' + c.lang) + '): ' + c.text].forEach((cell) => tr.append(el('td', cell)));
        return tr;
      }));
    } catch (error) {
      $('error').textContent = error.message;
    }
  }

  async function init() {
    try {
      t = await window.kckTexts('console-tools');
      document.title = t('replies-title');
      const me = await call('GET', '/session');
      if (me.role !== 'supervisor') throw new Error(t('supervisors-only'));
      state.csrf = me.csrfToken;
    } catch (error) {
      $('error').textContent = error.message;
      $('reply-form').hidden = true;
      return;
    }
    $('reply-form').addEventListener('submit', save);
    $('reply-cancel').addEventListener('click', () => edit(null));
    await load();
  }

  init();
})();
