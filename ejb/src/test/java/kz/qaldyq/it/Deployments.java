package kz.qaldyq.it;

import java.io.File;
import java.net.URISyntaxException;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The integration-test deployment: the EJB module exactly as built (classes, persistence unit, migrations), Flyway,
 * and the test classes with their identity beans. Deployed into a copy of the provisioned server, on PostgreSQL.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive ejbModule(Class<?>... testClasses) {
        JavaArchive module = ShrinkWrap.create(JavaArchive.class, "qaldyq-ejb.jar")
                .as(ExplodedImporter.class).importDirectory(new File("target/classes")).as(JavaArchive.class);
        return ShrinkWrap.create(WebArchive.class, "qaldyq-it.war")
                .addAsLibraries(module)
                .addAsLibraries(jarOf(Flyway.class), jarOf(PostgreSQLConfigurationExtension.class))
                .addClasses(testClasses)
                .addClasses(Deployments.class, Identities.class, AsAdmin.class, AsMinistry.class, AsEnterprise.class,
                        AsOtherEnterprise.class, AsAkimatAstana.class, AsAkimatKaraganda.class, AsAkimatTurkistan.class, AsAkimatKyzylorda.class, Fixtures.class)
                .addAsManifestResource(new StringAsset("Dependencies: org.postgresql\n"), "MANIFEST.MF")
                .addAsWebInfResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" bean-discovery-mode=\"all\" version=\"4.0\"/>"), "beans.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
