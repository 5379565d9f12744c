// The register's map: Leaflet from the webjar, plain markers on a neutral background with a 5° graticule. No tile
// server: the portal must work without the internet and must not depend on a foreign map service.
(function () {
    var KAZAKHSTAN = [[40.5, 46.5], [55.5, 87.5]];

    function graticule(map) {
        var style = {color: '#b9c6bd', weight: 1, interactive: false};
        for (var lat = 40; lat <= 56; lat += 5) {
            L.polyline([[lat, 44], [lat, 90]], style).addTo(map);
        }
        for (var lon = 45; lon <= 90; lon += 5) {
            L.polyline([[38, lon], [58, lon]], style).addTo(map);
        }
    }

    function popup(marker) {
        var box = document.createElement('div');
        var link = document.createElement('a');
        link.href = marker.url;
        link.textContent = marker.name;
        var caption = document.createElement('div');
        caption.textContent = marker.caption;
        box.appendChild(link);
        box.appendChild(caption);
        return box;
    }

    function init(element) {
        var markers = JSON.parse(element.getAttribute('data-markers') || '[]');
        var map = L.map(element, {attributionControl: false, zoomSnap: 0.25, minZoom: 3, maxZoom: 14});
        graticule(map);
        var boundary = element.getAttribute('data-boundary');
        if (boundary) {
            L.geoJSON(JSON.parse(boundary), {style: {color: '#b00020', weight: 2}}).addTo(map);
        }
        markers.forEach(function (m) {
            L.marker([m.lat, m.lon], {title: m.name, alt: m.name}).bindPopup(popup(m)).addTo(map);
        });
        if (markers.length === 1) {
            map.setView([markers[0].lat, markers[0].lon], 8);
        } else {
            map.fitBounds(KAZAKHSTAN);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.q-map').forEach(init);
    });
})();
