package kz.qaldyq.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The portal as users reach it: the EAR this build made, on a copy of the provisioned server, with the test Keycloak. */
public final class Portal {

    public static final String URL = System.getProperty("qaldyq.base.url", "http://localhost:8280");
    public static final String KEYCLOAK = System.getProperty("qaldyq.keycloak.url", "http://localhost:8480");

    private Portal() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("qaldyq.ear", "target/qaldyq.ear")));
    }
}
