package kz.qaldyq.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An enterprise user may act for this organisation. */
@Entity
@Table(name = "user_organisation")
@IdClass(UserOrganisationLink.Key.class)
public class UserOrganisationLink {

    @Id
    private String username;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    protected UserOrganisationLink() {
    }

    public UserOrganisationLink(String username, Long organisationId) {
        this.username = username;
        this.organisationId = organisationId;
    }

    public String getUsername() {
        return username;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public static class Key implements Serializable {
        private String username;
        private Long organisationId;

        public Key() {
        }

        public Key(String username, Long organisationId) {
            this.username = username;
            this.organisationId = organisationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(organisationId, k.organisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, organisationId);
        }
    }
}
