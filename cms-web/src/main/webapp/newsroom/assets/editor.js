// The article editor: Quill for the body, autosave through the version contract (If-Match), the edit lock kept
// by heartbeats and released on leaving. A save that lost a race shows the conflict and stops; nothing the
// user typed is thrown away.
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

    var quill = bodyEditor(source, editable);

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

  function bodyEditor(source, editable) {
    if (typeof Quill === 'undefined') { return null; }
    var holder = document.createElement('div');
    holder.className = 'body-editor';
    source.insertAdjacentElement('afterend', holder);
    holder.innerHTML = source.value;
    source.hidden = true;
    var quill = new Quill(holder, {
      theme: 'snow',
      readOnly: !editable,
      formats: ['bold', 'italic', 'link', 'list', 'header', 'blockquote'],
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
