// Consultants' tools in the case view: search the knowledge base and put an article (title, short answer, source)
// into the reply; pick a saved reply (kept by supervisors on replies.html) and put it into the reply, where it can
// still be edited. Texts from the console-tools catalogue; everything is put on the page with textContent.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  let t = (key) => key;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function insertText(text) {
    const reply = $('reply-text');
    reply.value = (reply.value.trim() ? reply.value.trimEnd() + '\n\n' + text : text).slice(0, reply.maxLength > 0 ? reply.maxLength : 2000);
    reply.focus();
  }

  function insert(article) {
    insertText([article.title, article.lead, article.source].filter(Boolean).join('\n'));
  }

  // --- saved replies ---------------------------------------------------------------------------------------

  const saved = { replies: [], lang: null };

  function selectedReply() {
    const id = Number($('saved-reply').value);
    return saved.replies.find((r) => r.id === id);
  }

  function preview() {
    const reply = selectedReply();
    $('saved-preview').textContent = reply ? reply.text : '';
  }

  // the case's language first, then the others; each language an optgroup, titles in order
  function fillSaved() {
    const lang = $('case').dataset.lang || 'pl';
    if (lang === saved.lang && $('saved-reply').options.length) return;
    saved.lang = lang;
    const select = $('saved-reply');
    const chosen = select.value;
    const groups = new Map();
    saved.replies.forEach((r) => {
      if (!groups.has(r.lang)) groups.set(r.lang, []);
      groups.get(r.lang).push(r);
    });
    const order = [...groups.keys()].sort((a, b) => (a === lang ? -1 : b === lang ? 1 : a.localeCompare(b)));
    select.replaceChildren(...order.map((code) => {
      const group = el('optgroup');
      group.label = t('saved-group', { lang: groups.get(code)[0].langLabel });
      group.append(...groups.get(code).map((r) => {
        const option = el('option', r.title);
        option.value = String(r.id);
        return option;
      }));
      return group;
    }));
    if (chosen && saved.replies.some((r) => String(r.id) === chosen)) select.value = chosen;
    const none = !saved.replies.length;
    select.disabled = none;
    $('saved-insert').disabled = none;
    $('saved-hint').textContent = none ? t('saved-none') : t('saved-choose-hint');
    preview();
  }

  async function loadSaved() {
    const response = await fetch('/console/api/saved-replies', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return;
    saved.replies = (await response.json()).replies;
    saved.lang = null;
    fillSaved();
  }

  function insertSaved(event) {
    event.preventDefault();
    const reply = selectedReply();
    if (!reply) return;
    insertText(reply.text);
    $('status').textContent = t('saved-inserted', { title: reply.title });
  }

  function result(article) {
    const item = el('li');
    item.append(el('strong', article.title), el('p', article.lead, 'lead'));
    const button = el('button', t('knowledge-insert'), 'secondary');
    button.type = 'button';
    button.setAttribute('aria-label', t('knowledge-insert-label', { title: article.title }));
    button.addEventListener('click', () => insert(article));
    item.append(button);
    return item;
  }

  async function search(event) {
    event.preventDefault();
    const query = $('knowledge-q').value.trim();
    const list = $('knowledge-results');
    if (!query) return;
    const response = await fetch('/console/api/knowledge?q=' + encodeURIComponent(query),
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      list.replaceChildren(el('li', data.detail || t('error', { code: response.status }), 'error'));
      return;
    }
    list.replaceChildren(...(data.articles.length ? data.articles.map(result) : [el('li', t('knowledge-none'), 'hint')]));
  }

  window.kckTexts('console-tools', document).then((texts) => {
    t = texts;
    $('knowledge-form').addEventListener('submit', search);
    $('saved-form').addEventListener('submit', insertSaved);
    $('saved-reply').addEventListener('change', preview);
    // a case opened (or another one): its language decides which saved replies come first; the list is read again
    // when a case is opened, so that a supervisor's changes reach consultants without a reload
    let caseId = null;
    new MutationObserver(() => {
      if ($('case').dataset.caseId === caseId) return;
      caseId = $('case').dataset.caseId;
      loadSaved().catch(() => {});
    }).observe($('case'), { attributes: true, attributeFilter: ['data-case-id'] });
    new MutationObserver(fillSaved).observe($('case'), { attributes: true, attributeFilter: ['data-lang'] });
    return loadSaved();
  }).catch(() => { $('knowledge-box').hidden = true; $('saved-box').hidden = true; });
})();
