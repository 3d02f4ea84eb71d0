// Waymark's only script. Every form works without it; with it, htmx swaps pages in place (hx-boost) and nothing
// typed is lost when a session ends: drafts are kept in this tab and put back after signing in again.
(function () {
  'use strict';
  var IDLE_WARNING_MS = 25 * 60 * 1000; // Keycloak ends idle sessions after 30 minutes
  var idleTimer;

  function key(field) {
    return 'waymark-draft:' + field.form.getAttribute('action') + ':' + field.name;
  }

  function keepable(field) {
    return field.form && field.name && field.name !== 'csrf' && (field.form.method || '').toLowerCase() === 'post';
  }

  document.addEventListener('input', function (event) {
    if (keepable(event.target)) {
      sessionStorage.setItem(key(event.target), event.target.value);
    }
  });

  function restoreDrafts() {
    var restored = false;
    document.querySelectorAll('form[method=post] [name]').forEach(function (field) {
      if (!keepable(field)) { return; }
      var draft = sessionStorage.getItem(key(field));
      if (draft !== null && draft !== field.value) {
        field.value = draft;
        restored = true;
      }
    });
    var notice = document.getElementById('draft-restored');
    if (notice) { notice.hidden = !restored; }
  }

  function forget(form) {
    form.querySelectorAll('[name]').forEach(function (field) {
      if (keepable(field)) { sessionStorage.removeItem(key(field)); }
    });
  }

  function restartIdleTimer() {
    clearTimeout(idleTimer);
    var warning = document.getElementById('session-warning');
    if (warning) { warning.hidden = true; }
    idleTimer = setTimeout(function () {
      if (warning) { warning.hidden = false; }
    }, IDLE_WARNING_MS);
  }

  // A change the server accepted answers with a redirect: the draft is no longer needed.
  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.detail.elt && event.detail.elt.closest ? event.detail.elt.closest('form') : null;
    if (form && event.detail.successful && event.detail.xhr && event.detail.xhr.responseURL.indexOf('/app') >= 0
        && event.detail.xhr.responseURL !== form.action) {
      forget(form);
    }
  });
  // The session ended (the sign-in page cannot be fetched in place): reload, so the browser signs in, and the
  // drafts come back afterwards.
  document.addEventListener('htmx:sendError', function () { window.location.reload(); });
  document.addEventListener('htmx:afterSettle', function () { restoreDrafts(); restartIdleTimer(); });
  document.addEventListener('DOMContentLoaded', function () { restoreDrafts(); restartIdleTimer(); });
  document.addEventListener('keydown', restartIdleTimer);
})();
