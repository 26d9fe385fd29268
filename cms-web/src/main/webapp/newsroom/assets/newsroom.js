// Newsroom UI behaviour shared by every page. No inline script anywhere (the CSP forbids it): pages carry
// data-* attributes and this file reads them. Everything here is an enhancement: forms work without it.
(function () {
  'use strict';

  // The headline counter: characters typed against the soft limit search engines show.
  function counters() {
    document.querySelectorAll('.counter[data-soft-limit]').forEach(function (counter) {
      var input = document.getElementById(counter.id.replace(/-count$/, ''));
      if (!input) { return; }
      var limit = parseInt(counter.dataset.softLimit, 10);
      var template = counter.dataset.template;
      function update() {
        var n = input.value.length;
        counter.textContent = template.replace(/\{0[^}]*\}/, n).replace(/\{1[^}]*\}/g, limit);
        counter.classList.toggle('over', n > limit);
      }
      input.addEventListener('input', update);
      update();
    });
  }

  // Transitions that need a comment (request changes, kill) cannot be sent without one.
  function requiredComments() {
    var form = document.getElementById('transition-form');
    if (!form) { return; }
    var comment = document.getElementById('transition-comment');
    form.querySelectorAll('button[data-comment-required="true"]').forEach(function (button) {
      button.addEventListener('click', function (event) {
        comment.required = true;
        if (!comment.value.trim()) {
          event.preventDefault();
          comment.setCustomValidity(comment.closest('.field').querySelector('.help').textContent);
          comment.reportValidity();
          comment.focus();
        }
      });
    });
    form.querySelectorAll('button[data-comment-required="false"]').forEach(function (button) {
      button.addEventListener('click', function () { comment.required = false; comment.setCustomValidity(''); });
    });
    comment.addEventListener('input', function () { comment.setCustomValidity(''); });
  }

  // Panels' drag-and-drop ordering: <ul data-sortable data-sort-url="…"> of <li class="sort-item" data-key="…">.
  // A drop moves the item and posts the keys in their new order as repeated "order" fields; the answer (the
  // re-rendered list) replaces the list. The move buttons the panel renders do the same without a mouse.
  // The elements of root (root included: an answer swapped in by outerHTML is the new element itself) that match.
  function within(root, selector) {
    var found = Array.prototype.slice.call(root.querySelectorAll(selector));
    if (root.matches && root.matches(selector)) { found.unshift(root); }
    return found;
  }

  function sortable(root) {
    within(root, '[data-sortable]').forEach(function (list) {
      var dragged = null;
      list.querySelectorAll('.sort-item[data-key]').forEach(function (item) {
        item.setAttribute('draggable', 'true');
        item.addEventListener('dragstart', function (event) {
          dragged = item;
          item.classList.add('dragging');
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', item.dataset.key);
        });
        item.addEventListener('dragend', function () { item.classList.remove('dragging'); dragged = null; });
        item.addEventListener('dragover', function (event) {
          if (!dragged || dragged === item) { return; }
          event.preventDefault();
          var box = item.getBoundingClientRect();
          list.insertBefore(dragged, event.clientY < box.top + box.height / 2 ? item : item.nextSibling);
        });
      });
      list.addEventListener('drop', function (event) {
        if (!dragged) { return; } // files dropped on a drop zone inside an item: not a reordering
        event.preventDefault();
        var order = Array.prototype.map.call(list.querySelectorAll('.sort-item[data-key]'), function (i) { return i.dataset.key; });
        htmx.ajax('POST', list.dataset.sortUrl, { source: list, target: list, swap: 'outerHTML', values: { order: order } });
      });
    });
  }

  // Panels' file drops: <div data-dropzone> around a form with an <input type="file"> (posted by htmx with
  // hx-encoding="multipart/form-data"). Dropped files go into the input and the form is sent; a <progress>
  // inside shows the upload.
  function dropzones(root) {
    within(root, '[data-dropzone]').forEach(function (zone) {
      var form = zone.querySelector('form');
      var input = zone.querySelector('input[type="file"]');
      if (!form || !input) { return; }
      ['dragenter', 'dragover'].forEach(function (name) {
        zone.addEventListener(name, function (event) {
          if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0) {
            event.preventDefault();
            zone.classList.add('over');
          }
        });
      });
      zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
      zone.addEventListener('drop', function (event) {
        if (!event.dataTransfer || !event.dataTransfer.files.length) { return; }
        event.preventDefault();
        zone.classList.remove('over');
        input.files = event.dataTransfer.files;
        htmx.trigger(form, 'submit');
      });
      var progress = zone.querySelector('progress');
      if (progress) {
        form.addEventListener('htmx:xhr:progress', function (event) {
          if (event.detail.lengthComputable) {
            progress.max = event.detail.total;
            progress.value = event.detail.loaded;
          }
        });
      }
      // sent: the bar goes and the input is emptied, so the next choice (even of the same file) is a new upload
      form.addEventListener('htmx:afterRequest', function () {
        if (progress) { progress.removeAttribute('value'); }
        form.reset();
      });
    });
  }

  // A plugin panel's refusal: the host answers 4xx aimed at the panel's alert area (HX-Retarget); htmx does
  // not swap error answers by itself, so those, and only those, are let through.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status >= 400 && xhr.getResponseHeader('HX-Retarget')) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // htmx (loaded before this file) runs this for the page and again for every fragment it swaps in
  if (window.htmx) {
    htmx.onLoad(function (content) { sortable(content); dropzones(content); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    counters();
    requiredComments();
  });
})();
