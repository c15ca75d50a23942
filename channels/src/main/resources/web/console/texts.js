// The console pages' texts, from the message catalogues (GET /api/v1/texts/<area>): fills the elements marked
// data-text (their text) and data-text-label (their aria-label) within root (the whole page by default) and the
// page's title when the area has one, and gives the page t(key, values), which fills {name} placeholders. Text
// only (textContent), never HTML.
'use strict';

window.kckTexts = (area, root = document) => fetch('/api/v1/texts/' + encodeURIComponent(area) + '?lang=pl',
  { headers: { Accept: 'application/json' } })
  .then((response) => {
    if (!response.ok) throw new Error('texts ' + response.status);
    return response.json();
  })
  .then((body) => {
    const texts = body.texts;
    const t = (key, values) => {
      const text = texts[key];
      if (text === undefined) return key;
      return text.replace(/\{([a-z_]+)\}/g, (match, name) => (values && name in values ? String(values[name]) : match));
    };
    root.querySelectorAll('[data-text]').forEach((node) => { node.textContent = t(node.dataset.text); });
    root.querySelectorAll('[data-text-label]').forEach((node) => node.setAttribute('aria-label', t(node.dataset.textLabel)));
    if (texts.title) document.title = texts.title;
    return t;
  });
