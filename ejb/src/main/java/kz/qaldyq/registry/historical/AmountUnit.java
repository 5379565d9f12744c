package kz.qaldyq.registry.historical;

/** Unit of a pollutant amount: a mass (t, kg) or a volume (m³). Amounts in different units are never added up. */
public enum AmountUnit {
    T, KG, M3
}
