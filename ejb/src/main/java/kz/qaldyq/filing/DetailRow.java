package kz.qaldyq.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A row of a detail table: a delivery to a facility (waste-1 section 4) or a supplier (waste-2 section 5). The
 * counterparty is a registered facility, or an organisation by BIN.
 */
@Entity
@Table(name = "report_detail_row")
public class DetailRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_detail_row_seq")
    @SequenceGenerator(name = "report_detail_row_seq", sequenceName = "report_detail_row_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @Column(name = "table_code", nullable = false)
    private String tableCode;
    @Column(name = "sort_order")
    private int sortOrder;
    @Column(name = "counterparty_bin")
    private String counterpartyBin;
    @Column(name = "facility_id")
    private Long facilityId;
    @Column(name = "counterparty_name")
    private String counterpartyName;
    private String category;
    private BigDecimal tonnes;

    protected DetailRow() {
    }

    DetailRow(Report report, int sortOrder, DetailRowInput input) {
        this.report = report;
        this.sortOrder = sortOrder;
        this.tableCode = input.table();
        this.counterpartyBin = input.counterpartyBin();
        this.facilityId = input.facilityId();
        this.counterpartyName = input.counterpartyName();
        this.category = input.category();
        this.tonnes = input.tonnes();
    }

    public DetailRowInput toInput() {
        return new DetailRowInput(tableCode, counterpartyBin, facilityId, counterpartyName, category, tonnes);
    }

    public Long getId() {
        return id;
    }

    public String getTableCode() {
        return tableCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getCounterpartyBin() {
        return counterpartyBin;
    }

    public Long getFacilityId() {
        return facilityId;
    }

    public String getCounterpartyName() {
        return counterpartyName;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getTonnes() {
        return tonnes;
    }
}
