/*
 * The OAuth pop-up window's last step: tell the sync screen how the sign-in ended, then close. postMessage goes to
 * the opener when the provider's pages left the link in place; a same-origin BroadcastChannel reaches the screen
 * when a provider's Cross-Origin-Opener-Policy cut it. Both carry only this origin's own data.
 */
(function () {
  'use strict';
  var outcome = document.getElementById('oauth-outcome');
  if (!outcome || outcome.dataset.finished !== 'true') {
    return;
  }
  var news = {
    type: 'tandem-oauth',
    connected: outcome.dataset.connected === 'true',
    message: outcome.dataset.message
  };
  if (window.opener && !window.opener.closed) {
    window.opener.postMessage(news, window.location.origin);
  }
  if ('BroadcastChannel' in window) {
    var channel = new BroadcastChannel('tandem-oauth');
    channel.postMessage(news);
    channel.close();
  }
  window.setTimeout(function () { window.close(); }, 300);
}());
