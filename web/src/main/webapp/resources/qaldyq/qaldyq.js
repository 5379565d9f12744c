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
