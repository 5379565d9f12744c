package kz.qaldyq.registry.historical;

/** Which waters the pollution reaches; NONE when the assessment found no water affected. */
public enum WaterCategory {
    NONE, SURFACE_WATER, GROUNDWATER, DRINKING_WATER_SOURCE
}
