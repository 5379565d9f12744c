package kz.qaldyq.indicator;

/** Where the dashboard's map draws a region: its administrative centre. */
public record RegionCentre(String regionCode, double latitude, double longitude) {
}
