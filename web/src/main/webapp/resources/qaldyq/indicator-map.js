// The dashboard's map: each region drawn at its administrative centre, shaded by the indicator's status. Leaflet from
// the webjar on a neutral background, no tile server (the portal must work without a foreign map service).
(function () {
    var KAZAKHSTAN = [[40.5, 46.5], [55.5, 87.5]];
    var COLOURS = {ON_TRACK: '#2e8b57', BEHIND: '#d9822b', NO_DATA: '#9aa5b1', NO_TARGET: '#4a78b5'};

    function init(element) {
        if (element.getAttribute('data-ready')) {
            return;
        }
        element.setAttribute('data-ready', 'true');
        var map = L.map(element, {attributionControl: false, zoomSnap: 0.25, minZoom: 3, maxZoom: 9});
        var style = {color: '#d5e0d8', weight: 1, interactive: false};
        for (var lat = 40; lat <= 56; lat += 5) {
            L.polyline([[lat, 44], [lat, 90]], style).addTo(map);
        }
        for (var lon = 45; lon <= 90; lon += 5) {
            L.polyline([[38, lon], [58, lon]], style).addTo(map);
        }
        JSON.parse(element.getAttribute('data-regions') || '[]').forEach(function (r) {
            L.circleMarker([r.lat, r.lon], {radius: 13, weight: 1, color: '#1d2b22', fillColor: COLOURS[r.status] || '#9aa5b1',
                fillOpacity: 0.85, className: 'q-region-' + r.region})
                .bindTooltip(r.name + ': ' + r.value + ' (' + r.statusText + ')')
                .addTo(map);
        });
        map.fitBounds(KAZAKHSTAN);
    }

    function initAll() {
        document.querySelectorAll('.q-indicator-map').forEach(init);
    }

    document.addEventListener('DOMContentLoaded', function () {
        initAll();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', initAll);
        }
    });
})();
