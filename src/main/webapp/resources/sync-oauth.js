/*
 * The OAuth sign-in on the sync screen. On the user's click it opens the pop-up window (a click is what lets
 * browsers open one), and the sign-in form posts into it; a window that does not open means pop-ups are blocked,
 * so the help says how to allow them, with a retry. When oauth-done.js reports the end (postMessage, or the
 * BroadcastChannel when the provider cut the opener link), or the window is closed, the sync screen's content is
 * fetched again and swapped in: the screen shows the new state without a reload.
 */
(function () {
  'use strict';
  var WINDOW_NAME = 'tandem-oauth';
  var FEATURES = 'popup,width=520,height=700';
  var popup = null;
  var watching = null;
  var waiting = false;

  function byId(id) {
    return document.getElementById(id);
  }

  function show(id, shown) {
    var element = byId(id);
    if (element) {
      element.hidden = !shown;
    }
  }

  function startButton() {
    return byId('oauth:start');
  }

  function openPopup(event) {
    show('oauth-feedback', false);
    popup = window.open('', WINDOW_NAME, FEATURES);
    if (!popup || popup.closed || typeof popup.closed === 'undefined') {
      if (event) {
        event.preventDefault();
      }
      show('popup-blocked', true);
      show('oauth-waiting', false);
      var help = byId('popup-blocked');
      if (help) {
        help.scrollIntoView();
      }
      return false;
    }
    show('popup-blocked', false);
    show('oauth-waiting', true);
    waiting = true;
    watchUntilClosed();
    return true;
  }

  function watchUntilClosed() {
    window.clearInterval(watching);
    watching = window.setInterval(function () {
      if (popup && popup.closed) {
        window.clearInterval(watching);
        finished(null);
      }
    }, 500);
  }

  function finished(news) {
    window.clearInterval(watching);
    if (!waiting) {
      return;
    }
    waiting = false;
    show('oauth-waiting', false);
    refreshScreen(function () {
      if (news && news.message) {
        say(news.message, news.connected);
      }
    });
  }

  /** Shows the sign-in's outcome where the screen shows its other messages. */
  function say(message, good) {
    var feedback = byId('feedback');
    if (feedback) {
      var line = document.createElement('p');
      line.id = 'oauth-feedback';
      line.className = good ? 'message-info' : 'message-error';
      line.textContent = message;
      feedback.appendChild(line);
    }
  }

  function refreshScreen(then) {
    fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
        var current = document.querySelector('main');
        if (fresh && current) {
          current.innerHTML = fresh.innerHTML;
        }
        bind();
        then();
      })
      .catch(function () { window.location.reload(); });
  }

  function onNews(news) {
    if (news && news.type === 'tandem-oauth') {
      finished(news);
    }
  }

  function bind() {
    var form = byId('oauth');
    if (form && !form.dataset.bound) {
      form.dataset.bound = 'true';
      form.addEventListener('submit', openPopup);
    }
    var retry = byId('popup-retry');
    if (retry && !retry.dataset.bound) {
      retry.dataset.bound = 'true';
      retry.addEventListener('click', function () {
        var button = startButton();
        if (button) {
          button.click();
        }
      });
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin === window.location.origin) {
      onNews(event.data);
    }
  });
  if ('BroadcastChannel' in window) {
    new BroadcastChannel('tandem-oauth').onmessage = function (event) { onNews(event.data); };
  }
  bind();
}());
