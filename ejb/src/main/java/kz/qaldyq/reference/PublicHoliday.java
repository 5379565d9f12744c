package kz.qaldyq.reference;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import kz.qaldyq.platform.LocalizedText;

/** A non-working public holiday of Kazakhstan, kept as reference data so that an administrator can correct it. */
@Entity
@Table(name = "public_holiday")
@NamedQuery(name = "PublicHoliday.findAll", query = "select h from PublicHoliday h order by h.day")
@NamedQuery(name = "PublicHoliday.findBetween", query = "select h from PublicHoliday h where h.day between :from and :to order by h.day")
public class PublicHoliday {

    @Id
    private LocalDate day;
    @Embedded
    private LocalizedText name;
    @Version
    private int version;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate day, LocalizedText name) {
        this.day = Objects.requireNonNull(day);
        this.name = Objects.requireNonNull(name);
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalizedText getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }
}
