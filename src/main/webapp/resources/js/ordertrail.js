/*
 * Ordertrail's own page behaviour, loaded as a file so that it keeps to the Content-Security-Policy (no inline script).
 *
 * Ctrl+Enter (Cmd+Enter on a Mac) submits a form from anywhere in it, even while typing in a field. A form opts in with
 * data-ctrl-enter: the ids of its buttons in order of preference; the first one that is on screen and enabled is
 * clicked. The listener sits on the document, so it survives Ajax updates that re-render the form.
 */
(function () {
    'use strict';

    function firstUsable(ids) {
        for (var i = 0; i < ids.length; i++) {
            var button = document.getElementById(ids[i]);
            if (button && !button.disabled && button.getClientRects().length > 0) {
                return button;
            }
        }
        return null;
    }

    document.addEventListener('keydown', function (event) {
        if (!((event.ctrlKey || event.metaKey) && event.key === 'Enter')) {
            return;
        }
        var form = (event.target.closest && event.target.closest('form[data-ctrl-enter]'))
            || document.querySelector('form[data-ctrl-enter]');
        if (!form) {
            return;
        }
        var button = firstUsable(form.getAttribute('data-ctrl-enter').split(/\s+/));
        if (button) {
            event.preventDefault();
            button.click();
        }
    });
})();
