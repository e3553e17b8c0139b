/*
 * The sync screen follows a first sync by itself. While one runs, the page holds #progress-note (status.xhtml), and
 * every few seconds this fetches the page again and swaps the content in: the progress bar moves, and the screen
 * shows the end of the first sync, without a reload. A file of Tandem's own, not a script in the page: the
 * Content-Security-Policy allows scripts from Tandem's address only. Loaded with every sync screen, since a sign-in
 * through the OAuth window (sync-oauth.js) turns the screen into a connected one in place too.
 *
 * What the user sees of their last action (the messages in #feedback) stays; the page is left alone while the user
 * works in one of its fields, so nothing typed is lost (the "Refresh" link does the same by hand). Swapping the whole
 * content gives the forms the fresh page's view state, so an older one that the session no longer keeps is never
 * posted. A session that ended leads to the login page through a real reload.
 */
(function () {
  'use strict';
  var SECONDS = 3;
  var FIELDS = 'main input:not([type=hidden]):not([type=submit]):not([type=button]), main textarea, main select';

  function running() {
    return document.getElementById('progress-note') !== null;
  }

  function changed(field) {
    if (field.tagName === 'SELECT') {
      return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
    }
    if (field.type === 'checkbox' || field.type === 'radio') {
      return field.checked !== field.defaultChecked;
    }
    return field.value !== field.defaultValue;
  }

  /** A field has the focus, or holds something the user changed and has not sent yet. */
  function userIsWorking() {
    var active = document.activeElement;
    return (active !== null && active.matches(FIELDS))
        || Array.prototype.some.call(document.querySelectorAll(FIELDS), changed);
  }

  function swapIn(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
    var current = document.querySelector('main');
    if (!fresh || !current || userIsWorking()) {
      return;
    }
    var shown = document.getElementById('feedback');
    var freshFeedback = fresh.querySelector('#feedback');
    if (shown && freshFeedback) {
      freshFeedback.innerHTML = shown.innerHTML;
    }
    current.innerHTML = fresh.innerHTML;
  }

  function refresh() {
    fetch(window.location.pathname + window.location.search,
          {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        if (response.redirected || !response.ok) {
          window.location.reload();
          return null;
        }
        return response.text();
      })
      .then(function (html) {
        if (html !== null) {
          swapIn(html);
        }
      })
      .catch(function () {
        return null;
      });
  }

  window.setInterval(function () {
    if (running() && !userIsWorking()) {
      refresh();
    }
  }, SECONDS * 1000);
}());
