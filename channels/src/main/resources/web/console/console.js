// The consultants' console. Plain JavaScript, no framework. Everything from the server is put on the page
// with textContent (never innerHTML), so what a resident typed is always shown as text. Texts from the console
// catalogue (texts.js: t(key, values)).
'use strict';

(() => {
  const API = '/console/api';
  const AUTHORS = ['resident', 'assistant', 'consultant', 'system'];
  const state = { me: null, csrf: null, caseId: null, events: null, resolutions: [], consultants: [], queueOffset: 0 };
  const QUEUE_PAGE = 50;

  const $ = (id) => document.getElementById(id);
  let t = (key) => key;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function time(iso) {
    if (!iso) return '';
    return new Date(iso).toLocaleString('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'short', timeStyle: 'short' });
  }

  function status(text) {
    $('status').textContent = text || '';
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
    const response = await fetch(API + path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) return null;
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(data.detail || t('error', { code: response.status }));
      error.status = response.status;
      if (response.status === 401 && state.me) signedOut(t('session-expired'));
      throw error;
    }
    return data;
  }

  // --- signing in and out --------------------------------------------------------------------------------

  function showSignIn(message) {
    $('desk').hidden = true;
    $('who').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    $('sign-in-error').textContent = message || '';
    $('login').focus();
  }

  function signedOut(message) {
    state.me = null;
    state.csrf = null;
    state.caseId = null;
    if (state.events) state.events.close();
    state.events = null;
    showSignIn(message);
  }

  async function signIn(event) {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    try {
      const me = await api('POST', '/session', { login: $('login').value.trim(), password: $('password').value });
      $('password').value = '';
      await start(me);
    } catch (error) {
      $('sign-in-error').textContent = error.message;
    }
  }

  async function signOut() {
    try {
      await api('DELETE', '/session');
    } catch (error) {
      // the session may already be gone
    }
    signedOut(t('signed-out'));
  }

  async function start(me) {
    state.me = me;
    state.csrf = me.csrfToken;
    $('sign-in').hidden = true;
    $('desk').hidden = false;
    $('who').hidden = false;
    $('sign-out').hidden = false;
    $('who').textContent = t('who', { name: me.name, role: me.roleLabel });
    const infoline = me.infoline;
    $('infoline').textContent = infoline.open
      ? t('infoline-open', { hours: infoline.hours })
      : t('infoline-closed', { opens: infoline.opens });
    $('infoline').className = 'infoline ' + (infoline.open ? 'open' : 'closed');
    $('supervision').hidden = me.role !== 'supervisor';
    $('analytics-link').hidden = me.role !== 'supervisor';
    $('review-link').hidden = me.role !== 'supervisor' && me.role !== 'editor';
    $('replies-link').hidden = me.role !== 'supervisor';
    const [resolutions, consultants] = await Promise.all([api('GET', '/resolutions'), api('GET', '/consultants')]);
    state.resolutions = resolutions.resolutions;
    state.consultants = consultants.consultants;
    fillResolutions();
    await loadQueue();
    listen();
  }

  // --- live updates --------------------------------------------------------------------------------------

  function listen() {
    if (state.events) state.events.close();
    const events = new EventSource(API + '/events');
    state.events = events;
    events.addEventListener('case', (event) => {
      const data = JSON.parse(event.data);
      loadQueue();
      if (data.id === state.caseId) loadCase(state.caseId);
    });
    events.addEventListener('message', (event) => {
      const data = JSON.parse(event.data);
      if (data.caseId === state.caseId) loadCase(state.caseId);
      else loadQueue();
    });
    events.onerror = () => {
      if (events.readyState === EventSource.CLOSED && state.me) {
        api('GET', '/session').then(() => listen()).catch(() => {});
      }
    };
  }

  // --- lists ---------------------------------------------------------------------------------------------

  async function loadQueue() {
    try {
      let queue = await api('GET', '/queue?offset=' + state.queueOffset + '&limit=' + QUEUE_PAGE);
      if (queue.queued.length === 0 && state.queueOffset > 0) {
        state.queueOffset = 0;
        queue = await api('GET', '/queue?offset=0&limit=' + QUEUE_PAGE);
      }
      renderList($('queue'), queue.queued, t('queue-empty'));
      $('queue-count').textContent = '(' + queue.queuedTotal + ')';
      renderQueuePager(queue);
      renderList($('mine'), queue.mine, t('mine-empty'));
      if (queue.others) renderList($('others'), queue.others, t('list-empty'));
      if (queue.closed) renderList($('closed'), queue.closed, t('list-empty'));
    } catch (error) {
      status(error.message);
    }
  }

  function renderQueuePager(queue) {
    const pager = $('queue-pager');
    const shown = queue.queued.length;
    pager.hidden = queue.queuedTotal <= queue.limit;
    $('queue-range').textContent = shown === 0 ? ''
      : t('queue-range', { first: queue.offset + 1, last: queue.offset + shown, total: queue.queuedTotal });
    $('queue-prev').disabled = queue.offset === 0;
    $('queue-next').disabled = queue.offset + shown >= queue.queuedTotal;
  }

  function renderList(list, cases, emptyText) {
    const items = cases.map((c) => {
      const item = el('li');
      const button = el('button');
      button.type = 'button';
      button.dataset.caseId = String(c.id);
      if (c.id === state.caseId) button.classList.add('selected');
      const title = c.mode === 'callback' ? t('callback') : (c.position > 0 ? t('position', { n: c.position }) : c.stateLabel);
      button.append(el('strong', title + ' · ' + c.reasonLabel));
      button.append(el('span', [c.channel || '', c.langLabel || '', t('since', { when: time(c.requestedAt) }),
        c.consultantName ? t('handled-by', { name: c.consultantName }) : '']
        .filter(Boolean).join(' · '), 'line'));
      if (c.preview) button.append(el('span', c.preview, 'preview'));
      button.addEventListener('click', () => loadCase(c.id));
      item.append(button);
      return item;
    });
    list.replaceChildren(...(items.length ? items : [el('li', emptyText, 'line')]));
  }

  function fillResolutions() {
    $('resolution').replaceChildren(...state.resolutions.map((r) => {
      const option = el('option', r.label);
      option.value = r.code;
      return option;
    }));
  }

  function fillTransferTargets(owner) {
    const targets = state.consultants.filter((c) => c.login !== owner);
    $('transfer-to').replaceChildren(...targets.map((c) => {
      const option = el('option', c.online ? t('online', { name: c.name }) : c.name);
      option.value = c.login;
      return option;
    }));
    $('transfer').disabled = targets.length === 0;
  }

  // --- one case ------------------------------------------------------------------------------------------

  async function loadCase(id) {
    try {
      const view = await api('GET', '/cases/' + id);
      state.caseId = id;
      renderCase(view);
      document.querySelectorAll('.cases button').forEach((b) => b.classList.toggle('selected', b.dataset.caseId === String(id)));
    } catch (error) {
      status(error.message);
    }
  }

  function renderCase(view) {
    const c = view.case;
    $('empty').hidden = true;
    $('case').hidden = false;
    $('case').dataset.caseId = String(c.id);
    $('case').dataset.state = c.state;
    $('case').dataset.lang = view.conversation.lang || 'pl';
    $('case-title').textContent = t('case-title', { id: c.id, reason: c.reasonLabel });
    $('case-meta').textContent = [c.modeLabel, c.stateLabel + (c.resolutionLabel ? ' – ' + c.resolutionLabel : ''),
      t('channel', { channel: view.conversation.channel }), view.conversation.langLabel || '', t('since', { when: time(c.requestedAt) }),
      c.position > 0 ? t('position', { n: c.position }) : '', c.consultantName ? t('handled-by', { name: c.consultantName }) : '',
      c.mode === 'callback' && c.state === 'queued' ? t('due', { when: time(c.dueAt) }) : '']
      .filter(Boolean).join(' · ');
    const contact = [c.contactPhone ? t('phone', { phone: c.contactPhone }) : '',
      c.contactEmail ? t('email', { email: c.contactEmail }) : ''].filter(Boolean);
    $('case-contact').textContent = contact.length ? t('contact', { contact: contact.join(', ') }) : '';
    $('case-message').textContent = c.message ? t('message', { message: c.message }) : '';

    $('claim').hidden = !view.can.claim;
    $('transfer-form').hidden = !view.can.transfer;
    $('close-form').hidden = !view.can.close;
    $('reply-form').hidden = !view.can.reply;
    $('reply-text').disabled = !view.can.reply;
    $('reply-send').disabled = !view.can.reply;
    fillTransferTargets(c.consultant);
    $('export-json').href = API + '/cases/' + c.id + '/export?format=json';
    $('export-text').href = API + '/cases/' + c.id + '/export?format=text';

    $('articles-box').hidden = view.articles.length === 0;
    $('articles').replaceChildren(...view.articles.map((a) => el('li', a.title + ' [' + a.id + '] – ' + a.how)));
    renderDraft(view.reportDraft);
    renderTranscript(view.messages);
    $('notes').replaceChildren(...view.notes.map((n) => {
      const item = el('li');
      item.append(el('span', time(n.createdAt) + ' ' + n.authorName + ': ', 'who'));
      item.append(el('span', n.text, 'text'));
      return item;
    }));
  }

  function renderDraft(draft) {
    $('draft-box').hidden = !draft;
    if (!draft) return;
    const entries = typeof draft === 'object' && !Array.isArray(draft) ? Object.entries(draft) : [['', JSON.stringify(draft)]];
    $('draft').replaceChildren(...entries.flatMap(([key, value]) => [
      el('dt', key), el('dd', typeof value === 'object' ? JSON.stringify(value) : value),
    ]));
  }

  function renderTranscript(messages) {
    const list = $('transcript');
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.replaceChildren(...messages.map((m) => {
      const item = el('li', null, 'author-' + m.author);
      item.dataset.seq = String(m.seq);
      item.append(el('div', (AUTHORS.includes(m.author) ? t('author.' + m.author) : m.author) + (m.kind ? ' · ' + m.kind : '') + ' · ' + time(m.createdAt), 'who'));
      item.append(el('p', m.text, 'text'));
      if (m.reply) appendReplyDetails(item, m.reply);
      return item;
    }));
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  function appendReplyDetails(item, reply) {
    if (reply.article) item.append(el('p', t('reply-article', { title: reply.article.title, id: reply.article.id }), 'extra'));
    (reply.sources || []).forEach((source) => {
      const line = el('p', t('reply-source') + ' ', 'extra');
      if (/^https?:\/\//.test(source.url)) {
        const link = el('a', source.url);
        link.href = source.url;
        link.rel = 'noopener noreferrer';
        link.target = '_blank';
        line.append(link);
      } else {
        line.append(document.createTextNode(source.url));
      }
      item.append(line);
    });
    if (reply.related && reply.related.length) {
      item.append(el('p', t('reply-related', { titles: reply.related.map((r) => r.title).join('; ') }), 'extra'));
    }
    if (reply.options && reply.options.length) {
      item.append(el('p', t('reply-options', { options: reply.options.map((o) => o.label).join(' | ') }), 'extra'));
    }
    if (typeof reply.confidence === 'number' && reply.kind !== 'handoff') {
      item.append(el('p', t('reply-confidence', { confidence: reply.confidence.toFixed(2) }), 'extra'));
    }
  }

  async function act(path, body, done) {
    try {
      const result = await api('POST', '/cases/' + state.caseId + path, body);
      status(done);
      await loadCase(state.caseId);
      await loadQueue();
      return result;
    } catch (error) {
      status(error.message);
      if (error.status === 409 || error.status === 403) {
        await loadCase(state.caseId);
        await loadQueue();
      }
      return null;
    }
  }

  async function reply(event) {
    event.preventDefault();
    const text = $('reply-text').value.trim();
    if (!text) return;
    if (await act('/messages', { text }, t('done.replied'))) $('reply-text').value = '';
  }

  async function note(event) {
    event.preventDefault();
    const text = $('note-text').value.trim();
    if (!text) return;
    if (await act('/notes', { text }, t('done.noted'))) $('note-text').value = '';
  }

  async function createAccount(event) {
    event.preventDefault();
    try {
      await api('POST', '/accounts', {
        login: $('account-login').value.trim(), name: $('account-name').value.trim(),
        role: $('account-role').value, password: $('account-password').value,
      });
      status(t('account-created', { login: $('account-login').value.trim() }));
      $('account-form').reset();
      state.consultants = (await api('GET', '/consultants')).consultants;
    } catch (error) {
      status(error.message);
    }
  }

  function wire() {
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('queue-prev').addEventListener('click', () => { state.queueOffset = Math.max(0, state.queueOffset - QUEUE_PAGE); loadQueue(); });
    $('queue-next').addEventListener('click', () => { state.queueOffset += QUEUE_PAGE; loadQueue(); });
    $('claim').addEventListener('click', () => act('/claim', {}, t('done.claimed')));
    $('reply-form').addEventListener('submit', reply);
    $('note-form').addEventListener('submit', note);
    $('transfer-form').addEventListener('submit', (event) => {
      event.preventDefault();
      act('/transfer', { to: $('transfer-to').value }, t('done.transferred'));
    });
    $('close-form').addEventListener('submit', (event) => {
      event.preventDefault();
      act('/close', { resolution: $('resolution').value }, t('done.closed'));
    });
    $('account-form').addEventListener('submit', createAccount);
  }

  async function boot() {
    // the page's texts, not its elements: console-tools.js fills the data-text ones from its own area
    t = await window.kckTexts('console', document.createDocumentFragment()).catch(() => t);
    wire();
    try {
      await start(await api('GET', '/session'));
    } catch (error) {
      showSignIn('');
    }
  }

  boot();
})();
