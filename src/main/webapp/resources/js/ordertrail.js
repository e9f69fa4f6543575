/*
 * Ordertrail's own page behaviour, loaded as a file so that it keeps to the Content-Security-Policy (no inline script).
 *
 * Ctrl+Enter (Cmd+Enter on a Mac) submits a form from anywhere in it, even while typing in a field. A form opts in with
 * data-ctrl-enter: the ids of its buttons in order of preference; the first one that is on screen and enabled is
 * clicked. The listener sits on the document, so it survives Ajax updates that re-render the form.
 *
 * A text area with data-ot-max="N" counts its characters as they are typed or pasted, in the element of class
 * ot-length next to it: "312 of 1,000 characters", or "1,240 of 1,000 characters: shorten by 240". Nothing is cut: the
 * server refuses a text that is too long, next to the field, and keeps it for the user to shorten.
 *
 * Ordertrail.focusLastLine(tableId), called when "Add product" has added a line, puts the focus on the new line's
 * product menu, so the next product is typed at once.
 *
 * A list whose Ajax update sends its filters as otAddress ("?customer=C-1002&status=CONFIRMED") gets them in the
 * address bar, without a reload, so the filtered list can be bookmarked and shared.
 *
 * "/" pressed outside a field puts the focus in the search box of the header, as in most web applications. Enter in
 * the search box lists every order found, unless a proposal is highlighted (with the arrow keys): that one is opened.
 *
 * A field's error (a p:message, which names its field in data-target) is tied to the field with aria-describedby, so
 * that a screen reader reads it with the field; when the error goes, so does the link.
 *
 * On a narrow screen the menu bar folds away behind the "Menu" button (#menuToggle); the button opens and closes it.
 *
 * An element with data-ot-push="/push/<channel>" keeps a websocket open to that address; each message calls the global
 * function named in data-ot-call (a p:remoteCommand that fetches what changed). The socket says when the page was drawn
 * (data-ot-since, the server's time): if its channel was signalled between then and the socket's opening, the server
 * sends one message at once. When the socket closes (the server stopped, the network dropped) it opens again, after
 * 1 s, then up to 30 s, through the load balancer to whichever server is up, without the time, and the server then
 * always sends one message, for what the page may have missed.
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

    function count(area) {
        var counter = area.parentElement && area.parentElement.querySelector('.ot-length');
        if (!counter) {
            return;
        }
        var max = parseInt(area.getAttribute('data-ot-max'), 10);
        var length = area.value.trim().length;
        if (length === 0) {
            counter.textContent = '';
        } else if (length > max) {
            counter.textContent = length.toLocaleString('en-GB') + ' of ' + max.toLocaleString('en-GB')
                + ' characters: shorten by ' + (length - max).toLocaleString('en-GB');
        } else {
            counter.textContent = length.toLocaleString('en-GB') + ' of ' + max.toLocaleString('en-GB') + ' characters';
        }
        counter.classList.toggle('ot-over', length > max);
    }

    document.addEventListener('input', function (event) {
        if (event.target.matches && event.target.matches('textarea[data-ot-max]')) {
            count(event.target);
        }
    });

    // a page shown again with a text (a refused form) counts it at once
    function countAll() {
        document.querySelectorAll('textarea[data-ot-max]').forEach(count);
    }
    // the element a screen reader stops at for a PrimeFaces field: itself, or its input, focus or label part
    function focusableOf(id) {
        var element = document.getElementById(id);
        if (!element || /^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName)
                || element.getAttribute('role') === 'radiogroup') {
            return element;
        }
        return document.getElementById(id + '_input') || document.getElementById(id + '_focus')
            || document.getElementById(id + '_label')
            || element.querySelector('[role="radiogroup"], input:not([type="hidden"]), select, textarea');
    }

    function describeErrors() {
        document.querySelectorAll('.ui-message[data-target]').forEach(function (message) {
            var field = focusableOf(message.getAttribute('data-target'));
            if (!field || !message.id) {
                return;
            }
            var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
                return id && id !== message.id;
            });
            if (message.textContent.trim()) {
                ids.push(message.id);
            }
            if (ids.length > 0) {
                field.setAttribute('aria-describedby', ids.join(' '));
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
    }

    function listen(element) {
        var address = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
            + element.getAttribute('data-ot-push');
        var call = element.getAttribute('data-ot-call');
        var wait = 1000;
        var leaving = false;
        window.addEventListener('pagehide', function () { leaving = true; });
        function refresh() {
            if (typeof window[call] === 'function') {
                window[call]();
            }
        }
        var drawn = element.getAttribute('data-ot-since');
        function open(again) {
            // the first time with the page's time, so that the server says if a signal left before the socket was
            // open; again without it, so that the server always says "fetch once" for what the page may have missed
            var socket = new WebSocket(again || !/^[0-9]+$/.test(drawn || '') ? address : address + '?since=' + drawn);
            socket.onopen = function () {
                element.setAttribute('data-ot-open', 'true'); // for the browser tests: signals reach the page now
                wait = 1000;
            };
            socket.onmessage = refresh;
            socket.onclose = function () {
                element.removeAttribute('data-ot-open');
                if (!leaving) {
                    setTimeout(function () { open(true); }, wait);
                    wait = Math.min(wait * 2, 30000);
                }
            };
        }
        open(false);
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-ot-push]').forEach(listen);
        countAll();
        describeErrors();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', countAll);
            window.jQuery(document).on('pfAjaxComplete', describeErrors);
            window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
                var query = args && args.otAddress;
                if (typeof query === 'string') {
                    var address = window.location.pathname + (query === '?' ? '' : query);
                    if (address !== window.location.pathname + window.location.search) {
                        window.history.replaceState(window.history.state, '', address);
                    }
                }
            });
        }
    });

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest && event.target.closest('#menuToggle');
        if (toggle) {
            var open = toggle.parentElement.classList.toggle('ot-menu-open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
    });

    document.addEventListener('keydown', function (event) {
        var target = event.target;
        var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
        if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        var box = document.getElementById('searchForm:searchBox_input');
        if (box) {
            event.preventDefault();
            box.focus();
        }
    });

    // before PrimeFaces' own handler, which keeps Enter for its proposals while they are shown
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || !event.target || event.target.id !== 'searchForm:searchBox_input') {
            return;
        }
        var panel = document.getElementById('searchForm:searchBox_panel');
        var chosen = panel && panel.offsetParent !== null && panel.querySelector('.ui-state-highlight');
        if (!chosen) {
            event.preventDefault();
            event.stopPropagation();
            document.getElementById('searchForm:searchAll').click();
        }
    }, true);

    window.Ordertrail = {
        focusLastLine: function (tableId) {
            var table = document.getElementById(tableId);
            var products = table ? table.querySelectorAll('[id$=":product_label"]') : [];
            if (products.length > 0) {
                products[products.length - 1].focus();
            }
        }
    };

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
