package kz.qaldyq.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.qaldyq.registry.historical.AmountUnit;
import kz.qaldyq.registry.historical.CourtStatus;
import kz.qaldyq.registry.historical.HistoricalObjectInput;
import kz.qaldyq.registry.historical.ImpactLevel;
import kz.qaldyq.registry.historical.LandCategory;
import kz.qaldyq.registry.historical.Medium;
import kz.qaldyq.registry.historical.ObjectType;
import kz.qaldyq.registry.historical.Ownership;
import kz.qaldyq.registry.historical.PollutantInput;
import kz.qaldyq.registry.historical.PollutantKind;
import kz.qaldyq.registry.historical.Treaty;
import kz.qaldyq.registry.historical.TreatySubstance;
import kz.qaldyq.registry.historical.WaterCategory;

/** Historical-pollution objects as tests need them: complete or with only what identification gives. */
@Stateless
public class HistoricalFixtures {

    public static final String KARAGANDA_DISTRICT = "351600000";
    public static final String ASTANA_DISTRICT = "711200000";

    @PersistenceContext
    private EntityManager em;

    /** Everything a submission needs: the six assessment items, origin, ownership, works required. */
    public static HistoricalObjectInput complete(String district, String ownerBin) {
        return new HistoricalObjectInput("Шлам жинағышы " + UUID.randomUUID(), district, new BigDecimal("50.058000"),
                new BigDecimal("72.964000"), "{\"type\":\"Polygon\",\"coordinates\":[[[72.96,50.05],[72.97,50.05],[72.97,50.06],[72.96,50.05]]]}",
                ObjectType.CONTAMINATED_TERRITORY, "Metallurgy sludge ponds", "1960-1995", Ownership.OWNED, ownerBin,
                "Owner LLP", null, "Excavation and disposal of contaminated soil", null, null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
                List.of(new PollutantInput(PollutantKind.SUBSTANCE, "Hg", Medium.SOIL, new BigDecimal("12.500"), AmountUnit.T),
                        new PollutantInput(PollutantKind.SUBSTANCE, "Hg", Medium.GROUNDWATER, new BigDecimal("3400.000"), AmountUnit.M3),
                        new PollutantInput(PollutantKind.WASTE, "10 02 14*", Medium.SOIL, new BigDecimal("800.000"), AmountUnit.T)),
                new BigDecimal("42.5000"), LandCategory.INDUSTRIAL, WaterCategory.GROUNDWATER, ImpactLevel.HIGH, true, true,
                true, List.of(new TreatySubstance("Mercury", Treaty.MINAMATA)), 12000, 3500, "Sludge ponds of a closed plant.");
    }

    /** What identification gives: name, place, type and a first pollutant; the assessment has not been done. */
    public static HistoricalObjectInput identified(String district) {
        return new HistoricalObjectInput("Иесіз қойма " + UUID.randomUUID(), district, new BigDecimal("49.800000"),
                new BigDecimal("73.100000"), null, ObjectType.OWNERLESS_WASTE_SITE, null, null, null, null, null, null, null,
                null, null, null, null,
                List.of(new PollutantInput(PollutantKind.SUBSTANCE, "As", Medium.SOIL, new BigDecimal("0.300"), AmountUnit.T)),
                null, null, null, null, false, false, false, List.of(), null, null, null);
    }

    /** Moves the date the ministry received the materials, as if they had come on that day. */
    public void receivedOn(long objectId, LocalDate day) {
        em.createNativeQuery("update historical_object set received_on = ?1 where id = ?2")
                .setParameter(1, day).setParameter(2, objectId).executeUpdate();
    }
}
