// Consultants' tools in the case view: search the knowledge base and put an article (title, short answer, source)
// into the reply. Texts from the console-tools catalogue; everything is put on the page with textContent.
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

  function insert(article) {
    const reply = $('reply-text');
    const text = [article.title, article.lead, article.source].filter(Boolean).join('\n');
    reply.value = (reply.value.trim() ? reply.value.trimEnd() + '\n\n' + text : text).slice(0, reply.maxLength > 0 ? reply.maxLength : 2000);
    reply.focus();
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

  window.kckTexts('console-tools', $('knowledge-box')).then((texts) => {
    t = texts;
    $('knowledge-form').addEventListener('submit', search);
  }).catch(() => { $('knowledge-box').hidden = true; });
})();
