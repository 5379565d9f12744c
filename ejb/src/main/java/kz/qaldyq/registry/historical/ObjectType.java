package kz.qaldyq.registry.historical;

/** Kind of historical-pollution object (EC art. 142; Order No. 329): contaminated land or water, ownerless construction, ownerless waste site. */
public enum ObjectType {
    CONTAMINATED_TERRITORY, CONTAMINATED_WATER_AREA, OWNERLESS_CONSTRUCTION, OWNERLESS_WASTE_SITE
}
