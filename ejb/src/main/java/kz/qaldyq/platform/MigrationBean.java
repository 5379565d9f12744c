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
        MigrateResult schema = Migrations.schema(dataSource).migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted + " migrations applied now)");
        if (demo) {
            MigrateResult data = Migrations.demo(dataSource).migrate();
            LOG.info(() -> "Demo data at version " + data.targetSchemaVersion + " (" + data.migrationsExecuted + " applied now)");
        }
    }
}
