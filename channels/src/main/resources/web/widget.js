/*
 * KCK assistant chat widget. One tag on any page:
 *   <script src="https://HOST/widget.js" data-title="Asystent KCK" data-greeting="..." data-color="#0b5cab"
 *           data-position="right" data-lang="pl" defer></script>
 * No framework; styles live in a shadow root, so the host page cannot break them and they cannot break the
 * host page. Live updates arrive by server-sent events; EventSource reconnects by itself and the server
 * replays what was missed (Last-Event-ID), and the conversation id is kept in localStorage, so a reload
 * or a network drop keeps the conversation. Text from residents, consultants and the server is only ever
 * inserted as text nodes, never as HTML.
 */
(function () {
  'use strict';
  if (window.__kckWidget) { return; }
  window.__kckWidget = true;

  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  var data = (script && script.dataset) || {};
  var config = {
    api: data.api || (script ? new URL(script.src, location.href).origin : location.origin),
    title: data.title,
    greeting: data.greeting,
    color: /^#[0-9a-fA-F]{3,8}$/.test(data.color || '') ? data.color : '#0b5cab',
    position: data.position === 'left' ? 'left' : 'right',
    // data-lang, else the page's lang, else the browser's; the server answers Polish for a language it does not serve
    lang: (data.lang || document.documentElement.lang || navigator.language || 'pl').split('-')[0].toLowerCase()
  };
  var STORE = 'kck.conversation';
  var MAX_PHOTO = 5 * 1024 * 1024;

  // The texts come from the message catalogues (GET /api/v1/texts/widget?lang=…), with the configured infoline.
  fetch(config.api + '/api/v1/texts/widget?lang=' + encodeURIComponent(config.lang))
    .then(function (response) { if (!response.ok) { throw new Error('texts ' + response.status); } return response.json(); })
    .then(function (body) { start(body.texts); })
    .catch(function (e) { if (window.console) { console.warn('KCK widget: no texts, not shown', e); } });

  function start(T) {
  config.title = config.title || T.title;
  config.greeting = config.greeting || T.greeting;
  var host = document.createElement('div');
  host.setAttribute('data-kck-widget', '');
  var root = host.attachShadow({ mode: 'open' });
  document.body.appendChild(host);

  var style = document.createElement('style');
  style.textContent = [
    ':host{all:initial}',
    '*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}',
    '.launcher{position:fixed;bottom:20px;' + config.position + ':20px;z-index:2147483000;background:' + config.color +
      ';color:#fff;border:0;border-radius:28px;padding:14px 20px;font-size:16px;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}',
    '.launcher:focus-visible,button:focus-visible,textarea:focus-visible,a:focus-visible,.log:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}',
    '.panel{position:fixed;bottom:84px;' + config.position + ':20px;z-index:2147483000;width:min(380px,calc(100vw - 40px));height:min(560px,calc(100vh - 110px));' +
      'display:flex;flex-direction:column;background:#fff;color:#1a1a1a;border:1px solid #767676;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}',
    '.panel[hidden]{display:none}',
    'header{display:flex;align-items:center;gap:8px;background:' + config.color + ';color:#fff;padding:10px 12px}',
    'h2{font-size:16px;margin:0;flex:1}',
    'header button{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.7);border-radius:6px;padding:4px 8px;font-size:14px;cursor:pointer}',
    '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;background:#f7f7f7}',
    '.msg{max-width:88%;padding:8px 12px;border-radius:10px;line-height:1.4;font-size:15px;white-space:normal;overflow-wrap:anywhere}',
    '.msg p{margin:0 0 6px}.msg p:last-child{margin:0}.msg ul{margin:4px 0;padding-left:20px}',
    '.notice{margin:0;font-size:12px;line-height:1.35;color:#444}.notice a{color:inherit}',
    '.resident{align-self:flex-end;background:' + config.color + ';color:#fff}',
    '.assistant,.consultant,.system{align-self:flex-start;background:#fff;border:1px solid #c8c8c8}',
    '.consultant{border-color:#1d6b2f}',
    '.who{display:block;font-size:12px;font-weight:700;color:#444;margin-bottom:2px}',
    '.resident .who{color:#fff}',
    '.options{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}',
    '.options button{background:#fff;color:' + config.color + ';border:2px solid ' + config.color + ';border-radius:16px;padding:6px 10px;font-size:14px;cursor:pointer;text-align:left}',
    '.sources{margin-top:6px;font-size:13px}.sources a{color:#0b4f94}',
    '.msg .title{margin:0 0 4px;font-size:15px;font-weight:700}',
    '.more{background:transparent;color:#0b4f94;border:0;padding:2px 0;font-size:14px;text-decoration:underline;cursor:pointer}',
    '.typing{padding:4px 12px;font-size:13px;color:#444;background:#f7f7f7}',
    '.error{color:#a00000;font-size:13px;padding:4px 12px}',
    'form{display:flex;gap:6px;padding:8px;border-top:1px solid #c8c8c8;align-items:flex-end}',
    'textarea{flex:1;resize:none;font-size:15px;padding:8px;border:1px solid #767676;border-radius:8px;min-height:40px;max-height:120px}',
    'form button,.file{background:' + config.color + ';color:#fff;border:0;border-radius:8px;padding:10px 12px;font-size:14px;cursor:pointer}',
    '.tools{display:flex;gap:6px;padding:0 8px 8px}',
    '.tools button,.file{background:#fff;color:' + config.color + ';border:1px solid ' + config.color + ';padding:6px 10px;border-radius:8px;font-size:13px}',
    '.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}',
    '.rate{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin-top:6px;font-size:13px;color:#444}',
    '.rate button{background:#fff;color:#1a1a1a;border:1px solid #767676;border-radius:12px;padding:2px 8px;font-size:13px;cursor:pointer}',
    '.rate button[aria-pressed="true"]{background:' + config.color + ';color:#fff;border-color:' + config.color + '}'
  ].join('\n');
  root.appendChild(style);

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var launcher = el('button', { type: 'button', 'class': 'launcher', 'aria-expanded': 'false', 'aria-controls': 'kck-panel',
    'aria-label': T['launcher-label'] }, T.launcher);
  var panel = el('section', { id: 'kck-panel', 'class': 'panel', role: 'dialog', 'aria-labelledby': 'kck-title', lang: config.lang });
  panel.hidden = true;
  var header = el('header');
  var title = el('h2', { id: 'kck-title' }, config.title);
  var download = el('button', { type: 'button', 'aria-label': T['download-label'] }, T.download);
  var close = el('button', { type: 'button', 'aria-label': T['close-label'] }, '✕');
  header.append(title, download, close);
  var log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': T['log-label'], tabindex: '0' });
  var typing = el('div', { 'class': 'typing', role: 'status' });
  var error = el('div', { 'class': 'error', role: 'alert' });
  var form = el('form', { 'aria-label': T['form-label'] });
  var label = el('label', { 'for': 'kck-input', 'class': 'sr-only' }, T['input-label']);
  var input = el('textarea', { id: 'kck-input', rows: '2', maxlength: '2000', placeholder: T.placeholder });
  var send = el('button', { type: 'submit' }, T.send);
  form.append(label, input, send);
  var tools = el('div', { 'class': 'tools' });
  var locate = el('button', { type: 'button', 'aria-label': T['location-label'] }, T.location);
  var photoLabel = el('label', { 'class': 'file' }, T.photo);
  var photo = el('input', { type: 'file', accept: 'image/jpeg,image/png', 'class': 'sr-only', 'aria-label': T['photo-label'] });
  photoLabel.appendChild(photo);
  tools.append(locate, photoLabel);
  panel.append(header, log, typing, error, form, tools);
  root.append(launcher, panel);

  var conversationId = null;
  var source = null;
  var shown = {};
  var transcript = [];

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    ensureConversation().then(function () { input.focus(); });
  }

  function hide() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', function () { if (panel.hidden) { open(); } else { hide(); } });
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') { hide(); } });

  function ensureConversation() {
    if (conversationId) { return Promise.resolve(conversationId); }
    var stored = null;
    try { stored = localStorage.getItem(STORE); } catch (e) { stored = null; }
    var check = stored
      ? fetch(config.api + '/api/v1/conversations/' + encodeURIComponent(stored)).then(function (r) { return r.ok ? stored : null; })
      : Promise.resolve(null);
    return check.then(function (id) {
      if (id) { return id; }
      return post('/api/v1/conversations', { channel: 'web' }).then(function (body) {
        greet();
        return body.id;
      });
    }).then(function (id) {
      conversationId = id;
      try { localStorage.setItem(STORE, id); } catch (e) { /* private mode: the conversation lasts for this page */ }
      listen();
      return id;
    }).catch(function () { showError(T['connect-failed']); });
  }

  function greet() {
    render({ seq: 0, author: 'assistant', text: config.greeting });
    notice();
  }

  // That this is an automated assistant, what is kept and for how long (AI Act art. 50, GDPR art. 13).
  function notice() {
    fetch(config.api + '/api/v1/privacy-notice?lang=' + encodeURIComponent(config.lang))
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (n) {
        if (!n) { return; }
        var note = el('p', { 'class': 'notice' }, n.text + ' ');
        note.appendChild(el('a', { href: config.api + n.page, target: '_blank', rel: 'noopener noreferrer' }, n.link));
        // The public list of reports, so that a resident sees whether a problem is already known.
        note.appendChild(document.createTextNode(' · '));
        note.appendChild(el('a', { href: config.api + '/zgloszenia' + (config.lang === 'pl' ? '' : '?lang=' + encodeURIComponent(config.lang)),
          target: '_blank', rel: 'noopener noreferrer' }, T['public-reports']));
        log.appendChild(note);
      })
      .catch(function () { /* without the service there is no conversation either; the error is shown elsewhere */ });
  }

  function listen() {
    if (source) { source.close(); }
    source = new EventSource(config.api + '/api/v1/conversations/' + encodeURIComponent(conversationId) + '/events?after=0');
    source.addEventListener('message', function (event) {
      try { render(JSON.parse(event.data)); } catch (e) { /* ignore a malformed event */ }
    });
    source.addEventListener('open', function () { showError(''); });
    source.addEventListener('error', function () { /* EventSource reconnects and the server replays what was missed */ });
  }

  function post(path, body) {
    return fetch(config.api + path, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) { throw new Error(json.detail || T.error + ' ' + response.status); }
        return json;
      });
    });
  }

  function say(body) {
    showError('');
    typing.textContent = T.typing;
    return ensureConversation().then(function (id) {
      return post('/api/v1/conversations/' + encodeURIComponent(id) + '/messages', body);
    }).then(function (exchange) {
      render(exchange.message);
      render(exchange.replyMessage);
    }).catch(function (e) {
      showError(e.message || T['send-failed']);
    }).then(function () { typing.textContent = ''; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = '';
    say({ text: text });
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit ? form.requestSubmit() : send.click(); }
  });

  locate.addEventListener('click', function () {
    if (!navigator.geolocation) { showError(T['location-unavailable']); return; }
    navigator.geolocation.getCurrentPosition(function (position) {
      say({ location: { lat: position.coords.latitude, lon: position.coords.longitude } });
    }, function () { showError(T['location-failed']); },
    { enableHighAccuracy: true, timeout: 10000 });
  });

  photo.addEventListener('change', function () {
    var file = photo.files && photo.files[0];
    photo.value = '';
    if (!file) { return; }
    if (!/^image\/(jpeg|png)$/.test(file.type)) { showError(T['photo-type']); return; }
    if (file.size > MAX_PHOTO) { showError(T['photo-too-large']); return; }
    ensureConversation().then(function (id) {
      return fetch(config.api + '/api/v1/conversations/' + encodeURIComponent(id) + '/photos', {
        method: 'POST', headers: { 'Content-Type': file.type }, body: file
      });
    }).then(function (response) {
      if (!response.ok) { return response.json().then(function (json) { throw new Error(json.detail || T['photo-failed']); }); }
      return response.json().then(function (exchange) { if (exchange.replyMessage) { render(exchange.message); render(exchange.replyMessage); } });
    }).catch(function (e) { showError(e.message); });
  });

  download.addEventListener('click', function () {
    var lines = transcript.map(function (m) { return '[' + m.who + '] ' + m.text; });
    var blob = new Blob([config.title + '\n\n' + lines.join('\n\n') + '\n'], { type: 'text/plain;charset=utf-8' });
    var link = el('a', { href: URL.createObjectURL(blob), download: T['download-file'] });
    root.appendChild(link);
    link.click();
    link.remove();
  });

  function showError(text) { error.textContent = text; }

  var WHO = { resident: T['who-resident'], assistant: T['who-assistant'], consultant: T['who-consultant'], system: T['who-system'] };

  // The resident wrote in another language than the widget's: its own texts follow (labels made from now on,
  // the input's placeholder, the send button, the title).
  function follow(lang) {
    if (!lang || lang === config.lang) { return; }
    config.lang = lang;
    fetch(config.api + '/api/v1/texts/widget?lang=' + encodeURIComponent(lang))
      .then(function (response) { if (!response.ok) { throw new Error('texts ' + response.status); } return response.json(); })
      .then(function (body) {
        Object.keys(body.texts).forEach(function (key) { T[key] = body.texts[key]; });
        panel.setAttribute('lang', body.lang);
        input.setAttribute('placeholder', T.placeholder);
        send.textContent = T.send;
        if (!data.title) { title.textContent = T.title; }
      })
      .catch(function () { /* keep the texts shown */ });
  }

  function render(message) {
    if (!message || message.author === undefined) { return; }
    if (message.reply && message.reply.lang) { follow(message.reply.lang); }
    if (message.seq && shown[message.seq]) { return; }
    if (message.seq) { shown[message.seq] = true; }
    var bubble = el('div', { 'class': 'msg ' + message.author });
    bubble.appendChild(el('span', { 'class': 'who' }, WHO[message.author] || message.author));
    var reply = message.reply || null;
    var body = el('div');
    if (reply && reply.title) { body.appendChild(el('p', { 'class': 'title' }, reply.title)); }
    if (reply && reply.essential && reply.more) {
      // a long answer: the essential part at once, the rest behind "więcej" (the panel is small)
      markdown(reply.essential, body);
      var rest = el('div', { hidden: '' });
      markdown(reply.more, rest);
      var more = el('button', { type: 'button', 'class': 'more', 'aria-expanded': 'false' }, T.more);
      more.addEventListener('click', function () {
        rest.hidden = false;
        more.remove();
        var focus = rest.querySelector('p, li');
        if (focus) { focus.setAttribute('tabindex', '-1'); focus.focus(); }
      });
      body.appendChild(more);
      body.appendChild(rest);
    } else {
      markdown(reply && reply.text ? reply.text : message.text, body);
    }
    bubble.appendChild(body);
    if (reply) { decorate(bubble, reply); }
    if (message.seq && message.author === 'assistant' && RATED[message.kind]) { bubble.appendChild(rating(message.seq)); }
    if (message.seq && reply && reply.survey) { bubble.appendChild(survey(message.seq, reply.survey)); }
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
    transcript.push({ who: WHO[message.author] || message.author, text: message.text });
  }

  // Feedback, never required: a thumb on every answer (with an optional reason after a thumb down), and the one
  // satisfaction question of the message that closes a consultant's case. Rating again replaces the rating.
  var RATED = { answer: true, clarify: true, fallback: true };

  function feedback(body) {
    return ensureConversation().then(function (id) {
      return fetch(config.api + '/api/v1/conversations/' + encodeURIComponent(id) + '/feedback', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      });
    }).then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } });
  }

  function pressButton(buttons, pressed) {
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', b === pressed ? 'true' : 'false'); });
  }

  function rating(seq) {
    var row = el('div', { 'class': 'rate', role: 'group', 'aria-label': T['feedback-label'] });
    var thanks = el('span', { role: 'status' });
    var up = el('button', { type: 'button', 'aria-pressed': 'false', 'aria-label': T['feedback-up'], 'data-rating': 'up' }, '👍');
    var down = el('button', { type: 'button', 'aria-pressed': 'false', 'aria-label': T['feedback-down'], 'data-rating': 'down' }, '👎');
    var reasons = el('span', { 'class': 'reasons' });
    reasons.hidden = true;
    var reasonButtons = ['off-topic', 'outdated', 'unclear'].map(function (reason) {
      var button = el('button', { type: 'button', 'aria-pressed': 'false', 'data-reason': reason }, T['feedback-reason-' + reason]);
      button.addEventListener('click', function () {
        feedback({ seq: seq, rating: 'down', reason: reason }).then(function () {
          pressButton(reasonButtons, button);
          thanks.textContent = T['feedback-thanks'];
        }).catch(function () { showError(T['send-failed']); });
      });
      return button;
    });
    reasons.append.apply(reasons, [el('span', {}, T['feedback-why'] + ' ')].concat(reasonButtons));
    [up, down].forEach(function (button) {
      button.addEventListener('click', function () {
        var rating = button.getAttribute('data-rating');
        feedback({ seq: seq, rating: rating }).then(function () {
          pressButton([up, down], button);
          reasons.hidden = rating !== 'down';
          pressButton(reasonButtons, null);
          thanks.textContent = T['feedback-thanks'];
        }).catch(function () { showError(T['send-failed']); });
      });
    });
    row.append(up, down, reasons, thanks);
    return row;
  }

  function survey(seq, question) {
    var row = el('div', { 'class': 'rate survey', role: 'group', 'aria-label': T['survey-label'] });
    var thanks = el('span', { role: 'status' });
    row.appendChild(el('span', {}, T.survey + ' '));
    var buttons = [];
    for (var score = question.min || 1; score <= (question.max || 5); score++) {
      (function (value) {
        var button = el('button', { type: 'button', 'aria-pressed': 'false', 'aria-label': T['survey-score'] + ' ' + value,
          'data-score': String(value) }, String(value));
        button.addEventListener('click', function () {
          feedback({ seq: seq, score: value }).then(function () {
            pressButton(buttons, button);
            thanks.textContent = T['feedback-thanks'];
          }).catch(function () { showError(T['send-failed']); });
        });
        buttons.push(button);
      })(score);
    }
    buttons.forEach(function (b) { row.appendChild(b); });
    row.appendChild(thanks);
    return row;
  }

  function decorate(bubble, reply) {
    if (reply.sources && reply.sources.length) {
      var sources = el('div', { 'class': 'sources' });
      sources.appendChild(document.createTextNode(T.source + ' '));
      reply.sources.forEach(function (s, i) {
        if (!/^https?:\/\//.test(s.url)) { return; }
        if (i > 0) { sources.appendChild(document.createTextNode(' · ')); }
        var host = s.url.replace(/^https?:\/\/([^/]+).*$/, '$1');
        sources.appendChild(el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, host));
      });
      bubble.appendChild(sources);
    }
    var choices = (reply.options || []).map(function (o) { return { id: o.id, label: o.label }; });
    // a related article's button reads "See also: <title>"; picking it sends the title alone, in any language
    (reply.related || []).forEach(function (r) { choices.push({ id: 'article:' + r.id, label: T['see-also'] + ' ' + r.title, text: r.title }); });
    if (choices.length) {
      var group = el('div', { 'class': 'options', role: 'group', 'aria-label': reply.options && reply.options.length ? T['options-label'] : T['related-label'] });
      choices.forEach(function (choice) {
        var button = el('button', { type: 'button' }, choice.label);
        button.addEventListener('click', function () {
          if (choice.id === 'report:photo') { photo.click(); return; } // the form asks for a photo: pick one
          say({ choice: choice.id, text: choice.text || choice.label });
        });
        group.appendChild(button);
      });
      bubble.appendChild(group);
    }
  }

  /* A small, safe subset of Markdown: paragraphs, "- " lists, **bold**, [text](http...) links. */
  function markdown(text, into) {
    String(text || '').split(/\n{2,}/).forEach(function (block) {
      var lines = block.split('\n');
      if (lines.every(function (l) { return /^\s*[-*] /.test(l); })) {
        var list = el('ul');
        lines.forEach(function (l) { var li = el('li'); inline(l.replace(/^\s*[-*] /, ''), li); list.appendChild(li); });
        into.appendChild(list);
      } else {
        var p = el('p');
        lines.forEach(function (l, i) { if (i > 0) { p.appendChild(el('br')); } inline(l, p); });
        into.appendChild(p);
      }
    });
  }

  function inline(text, into) {
    var pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      into.appendChild(document.createTextNode(text.slice(last, match.index)));
      if (match[1] !== undefined) {
        into.appendChild(el('strong', {}, match[1]));
      } else {
        into.appendChild(el('a', { href: match[3], target: '_blank', rel: 'noopener noreferrer' }, match[2]));
      }
      last = pattern.lastIndex;
    }
    into.appendChild(document.createTextNode(text.slice(last)));
  }

  try {
    if (localStorage.getItem(STORE)) { ensureConversation(); }
  } catch (e) { /* no storage: start on first open */ }
  }
}());
