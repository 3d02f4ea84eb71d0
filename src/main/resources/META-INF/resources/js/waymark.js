// Waymark's only script. Every form works without it; with it, htmx swaps pages in place (hx-boost), a refused
// form's error summary takes the focus, and what someone was typing when their session ended is offered back once
// they have signed in again.
//
// Drafts never change data: a draft belongs to one form of one page (its record is in the address), it lives only
// until the next page is shown, and it is put back only on the first page after signing in again, exactly as typed
// (each checkbox and radio as it was). A refused form is re-rendered by the server with what was sent, so no draft is
// needed there; a saved form shows a new page, which drops the draft.
(function () {
  'use strict';
  var IDLE_WARNING_MS = 25 * 60 * 1000; // Keycloak ends idle sessions after 30 minutes
  var DRAFTS = 'waymark-drafts';
  var SIGNED_OUT = 'waymark-signed-out';
  var idleTimer;

  function keyOf(form) {
    return window.location.pathname + ' ' + form.getAttribute('action');
  }

  function keepable(form) {
    return form && (form.method || '').toLowerCase() === 'post';
  }

  function fieldsOf(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && field.type !== 'hidden' && field.type !== 'submit' && field.type !== 'button';
    });
  }

  function readDrafts() {
    try { return JSON.parse(sessionStorage.getItem(DRAFTS)) || {}; } catch (e) { return {}; }
  }

  // The whole form as typed: text by field, and for checkboxes, radios and multiple selects the values chosen.
  function snapshot(form) {
    var state = {};
    fieldsOf(form).forEach(function (field) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        state[field.name] = state[field.name] || [];
        if (field.checked) { state[field.name].push(field.value); }
      } else if (field.multiple) {
        state[field.name] = Array.prototype.filter.call(field.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; });
      } else {
        state[field.name] = field.value;
      }
    });
    return state;
  }

  function keep(event) {
    var form = event.target.form;
    if (!keepable(form)) { return; }
    var drafts = readDrafts();
    drafts[keyOf(form)] = snapshot(form);
    sessionStorage.setItem(DRAFTS, JSON.stringify(drafts));
  }

  function restore(form, state) {
    var changed = false;
    fieldsOf(form).forEach(function (field) {
      if (!(field.name in state)) { return; }
      var kept = state[field.name];
      if (field.type === 'checkbox' || field.type === 'radio') {
        var checked = kept.indexOf(field.value) >= 0;
        changed = changed || field.checked !== checked;
        field.checked = checked;
      } else if (field.multiple) {
        Array.prototype.forEach.call(field.options, function (o) { o.selected = kept.indexOf(o.value) >= 0; });
      } else if (field.value !== kept) {
        field.value = kept;
        changed = true;
      }
    });
    return changed;
  }

  // Each page shown: after signing in again, this page's drafts are put back; then every draft is dropped.
  // On a phone a table's rows are stacked, each cell under its column's name: the names come from the header row.
  function labelCells() {
    document.querySelectorAll('table').forEach(function (table) {
      var names = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (!cell.hasAttribute('data-label') && names[i]) { cell.setAttribute('data-label', names[i]); }
        });
      });
    });
  }

  function pageShown() {
    labelCells();
    var drafts = readDrafts();
    var afterSignIn = sessionStorage.getItem(SIGNED_OUT) === '1';
    var restored = false;
    if (afterSignIn) {
      document.querySelectorAll('form[method=post]').forEach(function (form) {
        var state = drafts[keyOf(form)];
        if (state && restore(form, state)) { restored = true; }
      });
    }
    sessionStorage.removeItem(SIGNED_OUT);
    sessionStorage.removeItem(DRAFTS);
    var notice = document.getElementById('draft-restored');
    if (notice) { notice.hidden = !restored; }
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
    restartIdleTimer();
  }

  function restartIdleTimer() {
    clearTimeout(idleTimer);
    var warning = document.getElementById('session-warning');
    if (warning) { warning.hidden = true; }
    idleTimer = setTimeout(function () {
      if (warning) { warning.hidden = false; }
    }, IDLE_WARNING_MS);
  }

  document.addEventListener('input', keep);
  document.addEventListener('change', keep);
  // Signing out on purpose leaves nothing behind.
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href="/app/sign-out"]') : null;
    if (link) { sessionStorage.removeItem(DRAFTS); sessionStorage.removeItem(SIGNED_OUT); }
  });
  // The session ended: htmx cannot follow the redirect to the sign-in page, so the browser reloads, signs in, and the
  // page it comes back to offers the drafts. Kept drafts are for this alone.
  function signedOut() {
    sessionStorage.setItem(SIGNED_OUT, '1');
    window.location.reload();
  }
  document.addEventListener('htmx:sendError', signedOut);
  // Or the answer came from somewhere other than Waymark's pages (the sign-in page): never shown in place.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (!event.detail.shouldSwap) { return; }
    var xhr = event.detail.xhr;
    var from = xhr.responseURL ? new URL(xhr.responseURL) : null;
    var page = xhr.responseText || '';
    if (xhr.status === 401 || xhr.status === 499 || (from && (from.origin !== window.location.origin
        || from.pathname.indexOf('/app') !== 0)) || page.indexOf('id="main"') < 0) {
      event.detail.shouldSwap = false;
      signedOut();
    }
  });
  // A long save (an import) shows how far it has got: while its form is sent, the form's data-progress address is
  // asked every second and its answer shown in the form. Without the script the form is sent all the same.
  var progressTimer;
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var url = form.getAttribute && form.getAttribute('data-progress');
    if (!url) { return; }
    var shown = form.querySelector('.import-progress');
    clearInterval(progressTimer);
    progressTimer = setInterval(function () {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (answer) { return answer.ok ? answer.text() : ''; })
        .then(function (html) { if (html && document.contains(shown)) { shown.innerHTML = html; } });
    }, 1000);
  }, true);
  document.addEventListener('htmx:afterSettle', function () { clearInterval(progressTimer); });
  document.addEventListener('htmx:afterSettle', pageShown);
  document.addEventListener('DOMContentLoaded', pageShown);
  document.addEventListener('keydown', restartIdleTimer);
})();
