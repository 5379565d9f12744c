package kz.qaldyq.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.LocalizedText;

/**
 * A legal entity taking part in the waste system, identified by its BIN and registered in a region (KATO). Aggregate
 * root of its facilities.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findByBin", query = "select o from Organisation o where o.bin.value = :bin")
@NamedQuery(name = "Organisation.findLinkedTo",
        query = "select o from Organisation o where o.id in (select l.organisationId from UserOrganisationLink l where l.username = :username) order by o.name.ru")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private Bin bin;

    @Embedded
    private LocalizedText name;

    @Column(name = "kato_code", nullable = false)
    private String katoCode;

    private String address;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_activity", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "activity")
    @Enumerated(EnumType.STRING)
    private Set<Activity> activities = EnumSet.noneOf(Activity.class);

    private boolean demo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(Bin bin, LocalizedText name, String katoCode, String address, Set<Activity> activities, String createdBy) {
        this.bin = Objects.requireNonNull(bin);
        this.createdAt = Instant.now();
        this.createdBy = Objects.requireNonNull(createdBy);
        describe(name, katoCode, address, activities);
    }

    /** Changes what can change about an organisation; its BIN never does. */
    public void describe(LocalizedText newName, String newKatoCode, String newAddress, Set<Activity> newActivities) {
        if (newName == null || !newName.isComplete()) {
            throw new BusinessException("organisation.nameRequired");
        }
        if (newKatoCode == null || !newKatoCode.matches("[0-9]{9}")) {
            throw new BusinessException("kato.format", String.valueOf(newKatoCode));
        }
        this.name = new LocalizedText(newName.getKk().strip(), newName.getRu().strip(), newName.getEn().strip());
        this.katoCode = newKatoCode;
        this.address = newAddress == null || newAddress.isBlank() ? null : newAddress.strip();
        this.activities.clear();
        if (newActivities != null) {
            this.activities.addAll(newActivities);
        }
    }

    public Long getId() {
        return id;
    }

    public Bin getBin() {
        return bin;
    }

    public String getBinValue() {
        return bin.value();
    }

    public LocalizedText getName() {
        return name;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }

    public String getKatoCode() {
        return katoCode;
    }

    /** The region (oblast or city of republican significance) the organisation is registered in. */
    public String getRegionCode() {
        return katoCode.substring(0, 2) + "0000000";
    }

    public String getAddress() {
        return address;
    }

    public Set<Activity> getActivities() {
        return Set.copyOf(activities);
    }

    public boolean does(Activity activity) {
        return activities.contains(activity);
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public int getVersion() {
        return version;
    }
}
