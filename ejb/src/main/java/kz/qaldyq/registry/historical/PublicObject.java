package kz.qaldyq.registry.historical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the public register shows of an object (EC art. 143(8)): where it is, what it is, what pollutes it, how it is
 * being liquidated. Nothing about persons: no owner, no contractor, no official's name, no internal document.
 */
public record PublicObject(long id, String name, String regionCode, String districtCode, BigDecimal latitude,
                           BigDecimal longitude, String boundaryGeoJson, ObjectType type, HistoricalStatus status,
                           Integer category, Integer queuePosition, LiquidationStage liquidationStage, LocalDate includedOn,
                           LocalDate liquidationStartedOn, LocalDate projectApprovedOn, LocalDate worksStartedOn,
                           LocalDate acceptanceActOn, LocalDate monitoringStartedOn, String originActivity,
                           String originPeriod, BigDecimal affectedAreaHa, LandCategory landCategory,
                           WaterCategory waterCategory, ImpactLevel impactLevel, boolean migration,
                           boolean drinkingWaterThreat, List<PublicPollutant> pollutants,
                           Map<AmountUnit, BigDecimal> totalsByUnit, List<PublicTreatySubstance> treatySubstances,
                           Integer populationInZone, Integer populationUnderThreat, String description,
                           List<PublicDocument> documents) {

    public record PublicPollutant(PollutantKind kind, String code, Medium medium, BigDecimal amount, AmountUnit unit) {
    }

    public record PublicTreatySubstance(String substance, Treaty treaty) {
    }

    public record PublicDocument(long id, String name, String contentType, int sizeBytes) {
    }

    static PublicObject of(HistoricalObject o, List<DocumentInfo> documents) {
        return new PublicObject(o.getId(), o.getName(), o.getRegionCode(), o.getDistrictCode(), o.getLatitude(),
                o.getLongitude(), o.getBoundaryGeoJson(), o.getType(), o.getStatus(), o.getCategory(), o.getQueuePosition(),
                o.getLiquidationStage(), o.getIncludedOn(), o.getLiquidationStartedOn(), o.getProjectApprovedOn(),
                o.getWorksStartedOn(), o.getAcceptanceActOn(), o.getMonitoringStartedOn(), o.getOriginActivity(),
                o.getOriginPeriod(), o.getAffectedAreaHa(), o.getLandCategory(), o.getWaterCategory(), o.getImpactLevel(),
                o.isMigration(), o.isDrinkingWaterThreat(),
                o.getPollutants().stream().map(p -> new PublicPollutant(p.getKind(), p.getCode(), p.getMedium(), p.getAmount(), p.getUnit())).toList(),
                o.totalsByUnit(),
                o.getTreatySubstances().stream().map(t -> new PublicTreatySubstance(t.getSubstance(), t.getTreaty())).toList(),
                o.getPopulationInZone(), o.getPopulationUnderThreat(), o.getPublicDescription(),
                documents.stream().filter(d -> !d.internal()).map(d -> new PublicDocument(d.id(), d.name(), d.contentType(), d.sizeBytes())).toList());
    }
}
