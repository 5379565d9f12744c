// An AJAX request after the session expired gets a 401 (STACK trap 5): reload, which leads to the login page.
(function () {
    if (window.jQuery) {
        jQuery(document).ajaxError(function (event, xhr) {
            if (xhr && (xhr.status === 401 || xhr.status === 403 && !xhr.responseText)) {
                window.location.reload();
            }
        });
    }
})();

// Report entry: the sum of a total line's children, shown live next to it (DOMAIN §3: totals equal the sum of their
// parts). Reads numbers as the tonnes converter does: a decimal comma or point, spaces between thousands.
(function () {
    function parse(text) {
        var compact = (text || '').replace(/[\s\u00a0\u202f]/g, '');
        if (compact === '') {
            return null;
        }
        if (!/^-?[0-9]+([.,][0-9]+)?$/.test(compact)) {
            return NaN;
        }
        return Math.round(parseFloat(compact.replace(',', '.')) * 1000);
    }

    function format(thousandths) {
        var negative = thousandths < 0;
        var abs = Math.abs(thousandths);
        var whole = String(Math.floor(abs / 1000)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        var fraction = String(abs % 1000 + 1000).substring(1).replace(/0+$/, '');
        var point = document.documentElement.lang === 'en' ? '.' : ',';
        return (negative ? '-' : '') + whole + (fraction ? point + fraction : '');
    }

    function byLine(code) {
        return document.querySelector('input[data-line="' + code + '"]');
    }

    function refresh(sum) {
        var total = sum.getAttribute('data-sum-of');
        var parts = document.querySelectorAll('input[data-parent="' + total + '"]');
        var value = 0;
        var any = false;
        var broken = false;
        parts.forEach(function (part) {
            var v = parse(part.value);
            if (v === null) {
                return;
            }
            if (isNaN(v)) {
                broken = true;
                return;
            }
            any = true;
            value += v;
        });
        var out = sum.querySelector('.q-sum-value');
        sum.classList.remove('q-sum-ok', 'q-sum-differs', 'q-sum-empty');
        if (!any || broken) {
            out.textContent = broken ? '?' : '—';
            sum.classList.add(broken ? 'q-sum-differs' : 'q-sum-empty');
            sum.removeAttribute('data-sum');
            return;
        }
        out.textContent = format(value);
        sum.setAttribute('data-sum', format(value));
        var own = byLine(total) ? parse(byLine(total).value) : null;
        sum.classList.add(own !== null && !isNaN(own) && own === value ? 'q-sum-ok' : 'q-sum-differs');
    }

    function refreshAll() {
        document.querySelectorAll('.q-sum[data-sum-of]').forEach(refresh);
    }

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[data-line]')) {
            return;
        }
        [input.getAttribute('data-line'), input.getAttribute('data-parent')].forEach(function (code) {
            var sum = code ? document.querySelector('.q-sum[data-sum-of="' + code + '"]') : null;
            if (sum) {
                refresh(sum);
            }
        });
    });

    // Clicking the sum takes it over as the total's value.
    document.addEventListener('click', function (event) {
        var sum = event.target.closest ? event.target.closest('.q-sum[data-sum-of]') : null;
        if (!sum || !sum.getAttribute('data-sum')) {
            return;
        }
        var input = byLine(sum.getAttribute('data-sum-of'));
        if (input) {
            input.value = sum.getAttribute('data-sum');
            refresh(sum);
        }
    });

    document.addEventListener('DOMContentLoaded', refreshAll);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', refreshAll);
    }
})();
