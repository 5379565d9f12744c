package kz.qaldyq.registry.historical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the akimat records about an object: location, type, origin, ownership, the six assessment items of EC art.
 * 143(4), the works required, contractor and survey dates. Anything but name, location and type may still be empty
 * while the object is being identified; submission asks for the rest.
 */
public record HistoricalObjectInput(
        String name,
        String districtCode,
        BigDecimal latitude,
        BigDecimal longitude,
        String boundaryGeoJson,
        ObjectType type,
        String originActivity,
        String originPeriod,
        Ownership ownership,
        String ownerBin,
        String ownerName,
        CourtStatus courtStatus,
        String worksRequired,
        String contractorBin,
        String contractorLicence,
        LocalDate surveyStartedOn,
        LocalDate surveyCompletedOn,
        List<PollutantInput> pollutants,
        BigDecimal affectedAreaHa,
        LandCategory landCategory,
        WaterCategory waterCategory,
        ImpactLevel impactLevel,
        boolean migration,
        boolean drinkingWaterThreat,
        boolean treatyAssessed,
        List<TreatySubstance> treatySubstances,
        Integer populationInZone,
        Integer populationUnderThreat,
        String publicDescription) {

    public HistoricalObjectInput {
        pollutants = pollutants == null ? List.of() : List.copyOf(pollutants);
        treatySubstances = treatySubstances == null ? List.of() : List.copyOf(treatySubstances);
    }
}
