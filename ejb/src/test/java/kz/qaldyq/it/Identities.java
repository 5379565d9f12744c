package kz.qaldyq.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The test's users: each bean runs the given work as one named user with one realm role, the way the portal's
 * services see a user coming through Keycloak (a user name and roles). Data scope comes from the portal's own links.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Identities {

    public static final String ADMIN = "it-admin";
    public static final String MINISTRY = "it-ministry";
    public static final String ENTERPRISE = "it-enterprise";
    public static final String OTHER_ENTERPRISE = "it-enterprise-other";
    public static final String AKIMAT_ASTANA = "it-akimat-astana";
    public static final String AKIMAT_KARAGANDA = "it-akimat-karaganda";
    public static final String AKIMAT_TURKISTAN = "it-akimat-turkistan";
    public static final String AKIMAT_KYZYLORDA = "it-akimat-kyzylorda";

    @Inject
    private AsAdmin admin;
    @Inject
    private AsMinistry ministry;
    @Inject
    private AsEnterprise enterprise;
    @Inject
    private AsOtherEnterprise otherEnterprise;
    @Inject
    private AsAkimatAstana akimatAstana;
    @Inject
    private AsAkimatKaraganda akimatKaraganda;
    @Inject
    private AsAkimatTurkistan akimatTurkistan;
    @Inject
    private AsAkimatKyzylorda akimatKyzylorda;

    public <T> T admin(Callable<T> work) throws Exception {
        return admin.call(work);
    }

    public <T> T ministry(Callable<T> work) throws Exception {
        return ministry.call(work);
    }

    public <T> T enterprise(Callable<T> work) throws Exception {
        return enterprise.call(work);
    }

    public <T> T otherEnterprise(Callable<T> work) throws Exception {
        return otherEnterprise.call(work);
    }

    public <T> T akimatAstana(Callable<T> work) throws Exception {
        return akimatAstana.call(work);
    }

    public <T> T akimatKaraganda(Callable<T> work) throws Exception {
        return akimatKaraganda.call(work);
    }

    public <T> T akimatTurkistan(Callable<T> work) throws Exception {
        return akimatTurkistan.call(work);
    }

    public <T> T akimatKyzylorda(Callable<T> work) throws Exception {
        return akimatKyzylorda.call(work);
    }
}
