// The article editor: Quill for the body, autosave through the version contract (If-Match), the edit lock kept
// by heartbeats and released on leaving. A save that lost a race shows the conflict and stops; nothing the
// user typed is thrown away. Pasting the address of a post of an embed provider inserts its embed figure
// (the server reads the address: GET /api/embeds?url=, the one parser); any other paste is left alone.
(function () {
  'use strict';

  var AUTOSAVE_AFTER_MS = 3000;
  var HEARTBEAT_MS = 60000;

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('editor-form');
    if (!form) { return; }
    var source = document.getElementById('body');
    var editable = form.dataset.editable === 'true';
    var articleId = form.dataset.article;
    var csrf = form.querySelector('input[name="_csrf"]').value;
    var state = document.getElementById('save-state');
    var dirty = false;
    var stopped = false;
    var timer = null;
    var saving = null;

    var quill = bodyEditor(source, editable, form.dataset.embedLabel);
    if (editable) { embedOnPaste(form, source, quill, changed); }

    function versionFields() { return document.querySelectorAll('input[name="version"]'); }
    function show(text) { if (state) { state.textContent = text; } }

    function changed() {
      if (!editable || stopped) { return; }
      dirty = true;
      if (articleId) {
        clearTimeout(timer);
        timer = setTimeout(autosave, AUTOSAVE_AFTER_MS);
      }
    }

    function syncBody() {
      if (quill) { source.value = cleanHtml(quill.getSemanticHTML()); }
    }

    // Saves now; resolves true when the article is saved (or nothing needed saving).
    function autosave() {
      if (!articleId || !dirty || stopped) { return Promise.resolve(!stopped); }
      if (saving) { return saving.then(autosave); }
      syncBody();
      dirty = false;
      show(form.dataset.savingText);
      var body = new URLSearchParams(new FormData(form));
      saving = fetch('/newsroom/articles/' + articleId + '/autosave', {
        method: 'POST', body: body, credentials: 'same-origin',
        headers: { 'X-CSRF-Token': csrf, 'If-Match': '"' + versionFields()[0].value + '"', 'Accept': 'application/json' }
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (answer) {
          if (response.ok) {
            versionFields().forEach(function (field) { field.value = answer.version; });
            show(form.dataset.savedText.replace('{0}', answer.savedAt));
            return true;
          }
          if (response.status === 412) {
            stop(document.getElementById('autosave-conflict'));
          } else if (response.status === 409 || response.status === 423) {
            stop(null);
            show(form.dataset.lockLostText);
          } else {
            dirty = true;
            show(form.dataset.failedText.replace('{0}', answer.error || response.status));
          }
          return false;
        });
      }).catch(function () {
        dirty = true;
        show(form.dataset.failedText.replace('{0}', '—'));
        return false;
      }).finally(function () { saving = null; });
      return saving;
    }

    function stop(banner) {
      stopped = true;
      clearTimeout(timer);
      if (banner) { banner.hidden = false; banner.setAttribute('tabindex', '-1'); banner.focus(); }
    }

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    if (quill) { quill.on('text-change', changed); }
    form.addEventListener('submit', function () { syncBody(); clearTimeout(timer); dirty = false; });

    // A transition from the editor saves pending edits first, so what is submitted is what the user sees.
    var transitions = document.getElementById('transition-form');
    if (transitions && transitions.dataset.saveFirst === 'true') {
      transitions.addEventListener('submit', function (event) {
        if (!dirty) { return; }
        event.preventDefault();
        var submitter = event.submitter;
        autosave().then(function (ok) {
          if (ok) { transitions.requestSubmit(submitter); }
        });
      });
    }

    if (articleId && editable) {
      keepLock(articleId, csrf, function () { stop(null); show(form.dataset.lockLostText); });
    }
  });

  function bodyEditor(source, editable, embedLabel) {
    if (typeof Quill === 'undefined') { return null; }
    registerEmbedFigure(embedLabel);
    var holder = document.createElement('div');
    holder.className = 'body-editor';
    source.insertAdjacentElement('afterend', holder);
    holder.innerHTML = source.value;
    source.hidden = true;
    var quill = new Quill(holder, {
      theme: 'snow',
      readOnly: !editable,
      formats: ['bold', 'italic', 'link', 'list', 'header', 'blockquote', 'embed-figure'],
      modules: {
        toolbar: editable ? [[{ header: [2, 3, false] }], ['bold', 'italic', 'link'], ['blockquote',
          { list: 'ordered' }, { list: 'bullet' }], ['clean']] : false
      }
    });
    var root = quill.root;
    root.setAttribute('role', 'textbox');
    root.setAttribute('aria-multiline', 'true');
    root.setAttribute('aria-labelledby', 'body-label');
    root.id = 'body-editor';
    document.getElementById('body-label').setAttribute('for', 'body-editor');
    // the toolbar's buttons carry no text: name them for screen readers
    holder.parentNode.querySelectorAll('.ql-toolbar button, .ql-toolbar .ql-picker-label').forEach(function (b) {
      if (!b.getAttribute('aria-label')) {
        var name = (b.className.match(/ql-(\w+)/) || [])[1] || 'format';
        b.setAttribute('aria-label', name + (b.value ? ' ' + b.value : ''));
      }
    });
    return quill;
  }

  // An embed in Quill: the stored <figure data-embed data-id></figure>, shown as a labelled block (newsroom.css)
  // and written back exactly as stored. A figure without data-embed is not one (Quill drops it as before).
  function registerEmbedFigure(label) {
    if (Quill.imports['formats/embed-figure']) { return; }
    var BlockEmbed = Quill.import('blots/block/embed');
    class EmbedFigure extends BlockEmbed {
      static create(value) {
        var node = super.create();
        node.setAttribute('data-embed', value.provider);
        node.setAttribute('data-id', value.id);
        node.setAttribute('contenteditable', 'false');
        node.setAttribute('aria-label', (label || '{0} {1}').replace('{0}', value.provider).replace('{1}', value.id));
        return node;
      }

      static value(node) {
        var provider = node.getAttribute('data-embed');
        return provider ? { provider: provider, id: node.getAttribute('data-id') || '' } : null;
      }

      html() {
        var v = EmbedFigure.value(this.domNode);
        return '<figure data-embed="' + escapeAttribute(v.provider) + '" data-id="' + escapeAttribute(v.id) + '"></figure>';
      }
    }
    EmbedFigure.blotName = 'embed-figure';
    EmbedFigure.tagName = 'FIGURE';
    Quill.register('formats/embed-figure', EmbedFigure);
  }

  function escapeAttribute(text) {
    return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  // A paste of one address on an embed provider's host asks the server for its embed; the answer goes in at the
  // caret, in Quill or in the plain source field. When the server says it is no post (a channel page, say), the
  // address goes in as text, as any paste would, and its message shows under the body.
  function embedOnPaste(form, source, quill, changed) {
    var hosts = (form.dataset.embedHosts || '').split(' ').filter(Boolean);
    var message = document.getElementById('body-embed-error');
    var target = quill ? quill.root.parentNode : source;
    target.addEventListener('paste', function (event) {
      var text = (event.clipboardData && event.clipboardData.getData('text/plain') || '').trim();
      if (!isProviderAddress(text, hosts)) { return; }
      event.preventDefault();
      event.stopPropagation();
      var at = caret(quill, source);
      fetch('/api/embeds?url=' + encodeURIComponent(text), {
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'Accept-Language': document.documentElement.lang || 'en' }
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (answer) {
          if (response.ok && answer.provider) {
            insert(quill, source, at, { provider: answer.provider, id: answer.id }, answer.figure);
            say(message, null);
          } else {
            insert(quill, source, at, null, text);
            say(message, (answer.errors && answer.errors[0] && answer.errors[0].message) || answer.detail
              || String(response.status));
          }
          changed();
        });
      }).catch(function () {
        insert(quill, source, at, null, text);
        changed();
      });
    }, true);
  }

  function isProviderAddress(text, hosts) {
    if (!text || /\s/.test(text)) { return false; }
    try {
      var url = new URL(text.indexOf('://') < 0 ? 'https://' + text : text);
      return (url.protocol === 'https:' || url.protocol === 'http:') && hosts.indexOf(url.hostname.toLowerCase()) >= 0;
    } catch (notAnAddress) {
      return false;
    }
  }

  function caret(quill, source) {
    if (quill) {
      var range = quill.getSelection(true);
      return { index: range.index, length: range.length };
    }
    return { index: source.selectionStart, length: source.selectionEnd - source.selectionStart };
  }

  // Puts the embed (value) or the text at the caret taken when the paste happened, replacing the selection.
  function insert(quill, source, at, embed, textOrFigure) {
    if (quill) {
      if (at.length) { quill.deleteText(at.index, at.length, 'user'); }
      if (embed) {
        quill.insertEmbed(at.index, 'embed-figure', embed, 'user');
        quill.setSelection(at.index + 1, 0, 'user');
      } else {
        quill.insertText(at.index, textOrFigure, 'user');
        quill.setSelection(at.index + textOrFigure.length, 0, 'user');
      }
      return;
    }
    source.setRangeText(textOrFigure, at.index, at.index + at.length, 'end');
    source.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function say(element, text) {
    if (!element) { return; }
    element.textContent = text || '';
    element.hidden = !text;
  }

  // Quill writes non-breaking spaces between words; the stored body wants plain ones.
  function cleanHtml(html) {
    return html.replace(/&nbsp;/g, ' ').replace(/\u00a0/g, ' ');
  }

  function keepLock(articleId, csrf, lost) {
    var url = '/api/articles/' + articleId + '/lock';
    var beat = setInterval(function () {
      fetch(url + '/heartbeat', { method: 'POST', headers: { 'X-CSRF-Token': csrf }, credentials: 'same-origin' })
        .then(function (response) {
          if (response.status === 409 || response.status === 404) { clearInterval(beat); lost(); }
        });
    }, HEARTBEAT_MS);
    // a form post reloads this page, which takes the lock again: releasing it then would race that
    var submitting = false;
    document.addEventListener('submit', function () { submitting = true; });
    window.addEventListener('pagehide', function () {
      if (submitting) { return; }
      fetch(url, { method: 'DELETE', headers: { 'X-CSRF-Token': csrf }, credentials: 'same-origin', keepalive: true });
    });
  }
})();
