package kz.qaldyq.registry.hazardous;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.platform.BusinessException;

/**
 * A licence (EC art. 336) or a notification (EC art. 337) of an organisation that takes waste over: its number, the
 * operations and waste codes it covers, and its validity. Kept by the ministry and the administrator.
 */
@Entity
@Table(name = "waste_permit")
public class Permit {

    public enum Kind {
        /** EC art. 336: recovery and disposal (processing, neutralisation, utilisation, destruction, burial). */
        LICENCE(EnumSet.of(Operation.RECOVERY, Operation.DISPOSAL)),
        /** EC art. 337: collection and transport. */
        NOTIFICATION(EnumSet.of(Operation.COLLECTION, Operation.TRANSPORT));

        private final Set<Operation> operations;

        Kind(Set<Operation> operations) {
            this.operations = operations;
        }

        public Set<Operation> operations() {
            return operations;
        }
    }

    /** The operations a transfer names (detail table TRANSFERRED of the inventory); R and D after the Basel annexes. */
    public enum Operation { RECOVERY, DISPOSAL, COLLECTION, TRANSPORT }

    public enum Status { ACTIVE, SUSPENDED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waste_permit_seq")
    @SequenceGenerator(name = "waste_permit_seq", sequenceName = "waste_permit_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation holder;

    @Column(nullable = false)
    private String number;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    private boolean demo;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "waste_permit_operation", joinColumns = @JoinColumn(name = "permit_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "operation")
    private Set<Operation> operations = EnumSet.noneOf(Operation.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "waste_permit_code", joinColumns = @JoinColumn(name = "permit_id"))
    @Column(name = "waste_code")
    private Set<String> wasteCodes = new TreeSet<>();

    protected Permit() {
    }

    Permit(Organisation holder, PermitInput input, String by) {
        this.holder = holder;
        this.kind = input.kind();
        this.createdAt = Instant.now();
        this.createdBy = by;
        describe(input);
    }

    void describe(PermitInput input) {
        if (input.kind() == null || input.kind() != kind) {
            throw new BusinessException("hazardous.permit.kindFixed");
        }
        if (input.number() == null || input.number().isBlank()) {
            throw new BusinessException("hazardous.permit.numberRequired");
        }
        if (input.operations().isEmpty() || !kind.operations().containsAll(input.operations())) {
            throw new BusinessException("hazardous.permit.operationsInvalid", kind.name());
        }
        if (input.wasteCodes().isEmpty()) {
            throw new BusinessException("hazardous.permit.codesRequired");
        }
        if (input.validFrom() == null) {
            throw new BusinessException("hazardous.permit.validFromRequired");
        }
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            throw new BusinessException("hazardous.permit.validToBeforeFrom", input.validFrom().toString(), input.validTo().toString());
        }
        this.number = input.number().strip();
        this.operations.clear();
        this.operations.addAll(input.operations());
        this.wasteCodes.clear();
        this.wasteCodes.addAll(input.wasteCodes());
        this.validFrom = input.validFrom();
        this.validTo = input.validTo();
        this.status = input.status() == null ? Status.ACTIVE : input.status();
        this.issuedBy = input.issuedBy() == null || input.issuedBy().isBlank() ? null : input.issuedBy().strip();
    }

    /**
     * Whether the permit covers the code and operation at some time in the reporting year: active, and its validity
     * meets the year (from on or before 31 December, to on or after 1 January, or open).
     */
    public boolean covers(String wasteCode, Operation operation, int year) {
        return status == Status.ACTIVE && operations.contains(operation) && wasteCodes.contains(wasteCode) && validIn(year);
    }

    public boolean validIn(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31)) && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Organisation getHolder() {
        return holder;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Status getStatus() {
        return status;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public Set<Operation> getOperations() {
        return Set.copyOf(operations);
    }

    public Set<String> getWasteCodes() {
        return Set.copyOf(wasteCodes);
    }
}
