package kz.qaldyq.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs work as the test user {@link Identities#AKIMAT_KYZYLORDA} with the realm role akimat. */
@Stateless
@PermitAll
@RunAs("akimat")
// no surrounding transaction: each service call commits or rolls back on its own, as from a page
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAsPrincipal(Identities.AKIMAT_KYZYLORDA)
public class AsAkimatKyzylorda {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
