package kz.qaldyq.registry.historical;

/** The environment a pollutant was found in. */
public enum Medium {
    SOIL, SURFACE_WATER, GROUNDWATER
}
