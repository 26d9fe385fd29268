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

  document.addEventListener('DOMContentLoaded', function () {
    counters();
    requiredComments();
  });
})();
