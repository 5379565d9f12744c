package kz.qaldyq.it;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import kz.qaldyq.organisation.Activity;
import kz.qaldyq.organisation.Bin;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationInput;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.organisation.PortalUser;
import kz.qaldyq.organisation.UserService;

/** Test data made by each test for itself (unique BINs), through the portal's own services. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Fixtures {

    public static final String ASTANA = "710000000";
    public static final String KARAGANDA = "350000000";
    /** A region no other test files in, for exact counts. */
    public static final String TURKISTAN = "610000000";
    /** The indicator tests' region: nothing else files there. */
    public static final String KYZYLORDA = "430000000";

    @Inject
    private Identities as;
    @Inject
    private OrganisationService organisations;
    @Inject
    private UserService users;
    @PersistenceContext
    private EntityManager em;

    /** A BIN no test has used: random digits with the check digit computed. */
    public static String newBin() {
        while (true) {
            StringBuilder digits = new StringBuilder("99");
            for (int i = 0; i < 9; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            for (int check = 0; check <= 9; check++) {
                String candidate = digits.toString() + check;
                if (Bin.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }

    public static OrganisationInput input(String bin, String name, String kato, Activity... activities) {
        return new OrganisationInput(bin, name + " ЖШС", name + " ТОО", name + " LLP", kato, null,
                activities.length == 0 ? EnumSet.noneOf(Activity.class) : EnumSet.of(activities[0], activities));
    }

    public Organisation organisation(String name, String kato, Activity... activities) throws Exception {
        return as.admin(() -> organisations.register(input(newBin(), name, kato, activities)));
    }

    /** Makes sure the test users exist with their regions; enterprise links are made per test. */
    public void users() throws Exception {
        as.admin(() -> {
            for (String name : new String[] {Identities.ADMIN, Identities.MINISTRY, Identities.ENTERPRISE, Identities.OTHER_ENTERPRISE,
                    Identities.AKIMAT_ASTANA, Identities.AKIMAT_KARAGANDA, Identities.AKIMAT_TURKISTAN, Identities.AKIMAT_KYZYLORDA}) {
                if (em.find(PortalUser.class, name) == null) {
                    users.register(name, name);
                }
            }
            users.assignRegion(Identities.AKIMAT_ASTANA, ASTANA);
            users.assignRegion(Identities.AKIMAT_KARAGANDA, KARAGANDA);
            users.assignRegion(Identities.AKIMAT_TURKISTAN, TURKISTAN);
            users.assignRegion(Identities.AKIMAT_KYZYLORDA, KYZYLORDA);
            return null;
        });
    }

    /** A collector of the region that {@link Identities#ENTERPRISE} acts for. */
    public Organisation linkedCollector(String name, String region) throws Exception {
        Organisation collector = organisation(name + " " + java.util.UUID.randomUUID(), region, Activity.COLLECTOR);
        link(Identities.ENTERPRISE, collector);
        return collector;
    }

    /** A class-3 MSW landfill of its own operator in the region, for deliveries to point at. */
    public kz.qaldyq.organisation.Facility landfill(String region) throws Exception {
        Organisation operator = organisation("Landfill " + java.util.UUID.randomUUID(), region, Activity.FACILITY_OPERATOR);
        return as.admin(() -> organisations.addFacility(operator.getId(), new kz.qaldyq.organisation.FacilityInput("MSW landfill",
                kz.qaldyq.organisation.FacilityType.LANDFILL, region, null, null, 3, new java.math.BigDecimal("500000"), "I")));
    }

    public void link(String username, Organisation organisation) throws Exception {
        as.admin(() -> {
            users.link(username, organisation.getBinValue());
            return null;
        });
    }

    public void unlink(String username, Organisation organisation) throws Exception {
        as.admin(() -> {
            users.unlink(username, organisation.getId());
            return null;
        });
    }

    public long countOrganisationsWithBin(String bin) {
        return em.createQuery("select count(o) from Organisation o where o.bin.value = :bin", Long.class)
                .setParameter("bin", bin).getSingleResult();
    }
}
