package kz.qaldyq.registry.hazardous;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.qaldyq.organisation.Facility;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.platform.BusinessException;

/**
 * An organisation registered (or asking to be) as a hazardous-waste generator, with the facilities where the waste
 * arises (DOMAIN §4). The ministry registers it or returns it with a comment; a registered generator that changes its
 * facilities asks again.
 */
@Entity
@Table(name = "hazardous_generator")
public class Generator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hazardous_generator_seq")
    @SequenceGenerator(name = "hazardous_generator_seq", sequenceName = "hazardous_generator_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GeneratorStatus status;

    @Column(name = "registry_no")
    private String registryNo;

    private String contact;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "hazardous_generator_facility", joinColumns = @JoinColumn(name = "generator_id"),
            inverseJoinColumns = @JoinColumn(name = "facility_id"))
    @OrderBy("name")
    private List<Facility> facilities = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_comment")
    private String decisionComment;

    private boolean demo;

    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected Generator() {
    }

    Generator(Organisation organisation, String by) {
        this.organisation = Objects.requireNonNull(organisation);
        this.status = GeneratorStatus.DRAFT;
        this.createdAt = Instant.now();
        this.createdBy = by;
    }

    void describe(List<Facility> newFacilities, String newContact) {
        if (!status.editable()) {
            throw new BusinessException("hazardous.generator.notEditable", status.name());
        }
        if (newFacilities.isEmpty()) {
            throw new BusinessException("hazardous.generator.facilityRequired");
        }
        for (Facility facility : newFacilities) {
            if (!facility.getOrganisation().getId().equals(organisation.getId())) {
                throw new BusinessException("report.facilityOfOtherOrganisation", facility.getName());
            }
            if (facility.getEnvironmentalCategory() == null) {
                throw new BusinessException("hazardous.generator.categoryRequired", facility.getName());
            }
        }
        facilities.clear();
        facilities.addAll(newFacilities);
        contact = newContact == null || newContact.isBlank() ? null : newContact.strip();
        if (status == GeneratorStatus.REGISTERED) {
            // a registered generator that changes what it declared is reviewed again; its number stays
            status = GeneratorStatus.DRAFT;
        }
    }

    GeneratorStatus submit() {
        if (status != GeneratorStatus.DRAFT && status != GeneratorStatus.RETURNED) {
            throw new BusinessException("hazardous.generator.notSubmittable", status.name());
        }
        if (facilities.isEmpty()) {
            throw new BusinessException("hazardous.generator.facilityRequired");
        }
        GeneratorStatus from = status;
        status = GeneratorStatus.SUBMITTED;
        submittedAt = Instant.now();
        return from;
    }

    void register(String by, String comment) {
        requireSubmitted();
        status = GeneratorStatus.REGISTERED;
        if (registryNo == null) {
            registryNo = "HWG-" + String.format("%06d", id);
        }
        decide(by, comment);
    }

    void returnToOrganisation(String by, String comment) {
        requireSubmitted();
        if (comment == null || comment.isBlank()) {
            throw new BusinessException("hazardous.generator.returnNeedsComment");
        }
        status = GeneratorStatus.RETURNED;
        decide(by, comment);
    }

    private void decide(String by, String comment) {
        decidedAt = Instant.now();
        decidedBy = by;
        decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    private void requireSubmitted() {
        if (status != GeneratorStatus.SUBMITTED) {
            throw new BusinessException("hazardous.generator.notSubmitted", status.name());
        }
    }

    public boolean hasFacility(long facilityId) {
        return facilities.stream().anyMatch(f -> f.getId() == facilityId);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public GeneratorStatus getStatus() {
        return status;
    }

    public String getRegistryNo() {
        return registryNo;
    }

    public String getContact() {
        return contact;
    }

    public List<Facility> getFacilities() {
        return List.copyOf(facilities);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionComment() {
        return decisionComment;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
