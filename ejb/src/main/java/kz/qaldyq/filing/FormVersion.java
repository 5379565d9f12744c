package kz.qaldyq.filing;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A legal layout of a form for a span of reporting years. Never changed once reports are filed under it. */
@Entity
@Table(name = "form_version")
@Cacheable
@NamedQuery(name = "FormVersion.findForYear",
        query = "select v from FormVersion v where v.formCode = :form and v.firstYear <= :year and (v.lastYear is null or v.lastYear >= :year) order by v.firstYear desc")
public class FormVersion {

    @Id
    private Long id;
    @Column(name = "form_code")
    private String formCode;
    private String version;
    @Column(name = "first_year")
    private int firstYear;
    @Column(name = "last_year")
    private Integer lastYear;
    @Column(name = "legal_basis")
    private String legalBasis;

    protected FormVersion() {
    }

    public Long getId() {
        return id;
    }

    public String getFormCode() {
        return formCode;
    }

    public String getVersion() {
        return version;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
