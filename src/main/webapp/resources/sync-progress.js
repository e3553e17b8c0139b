/*
 * The sync screen while a first sync runs (WEB-INF/sync/status.xhtml includes this file only then): loads the page
 * again every few seconds, so that the progress bar moves and the screen shows the end of the first sync without
 * the user asking. A file of Tandem's own, not a script in the page: the Content-Security-Policy allows scripts from
 * Tandem's address only. The page is left alone while the user works in it (a field has the focus or was changed,
 * a menu is open), so nothing typed is lost; the "Refresh" link does the same by hand.
 */
(function () {
    'use strict';
    var SECONDS = 3;
    var edited = false;

    function userIsWorking() {
        var active = document.activeElement;
        var inField = active !== null && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) && active.type !== 'submit';
        return edited || inField || document.querySelector('details[open]') !== null;
    }

    document.addEventListener('input', function () {
        edited = true;
    });
    window.setInterval(function () {
        if (!userIsWorking()) {
            window.location.replace(window.location.pathname + window.location.search);
        }
    }, SECONDS * 1000);
}());
