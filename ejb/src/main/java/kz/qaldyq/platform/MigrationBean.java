package kz.qaldyq.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema and reference data up to date before anything else runs. Flyway owns the schema; Hibernate never
 * creates tables. Demo data is a separate location, applied only where {@code QALDYQ_DEMO_DATA=true}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class MigrationBean {

    private static final Logger LOG = Logger.getLogger(MigrationBean.class.getName());

    @Resource(lookup = "java:jboss/datasources/QaldyqDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        boolean demo = Boolean.parseBoolean(System.getenv().getOrDefault("QALDYQ_DEMO_DATA", "false"));
        MigrateResult result = Migrations.configure(dataSource, demo).migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, demo data " + (demo ? "on" : "off") + ")");
    }
}
