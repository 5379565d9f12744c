package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import kz.qaldyq.platform.Migrations;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/** Flyway brings an empty PostgreSQL database to the current schema with its reference data. */
@ExtendWith(ArquillianExtension.class)
class MigrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(MigrationIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/QaldyqDS")
    private DataSource dataSource;

    @Test
    void startupAppliedEveryMigrationSuccessfully() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "select count(*) from flyway_schema_history where not success"));
            assertTrue(count(s, "select count(*) from flyway_schema_history where version in ('1', '2', '3', '4')") == 4);
        }
    }

    @Test
    void emptyDatabaseIsMigratedWithReferenceData() throws SQLException {
        String url = System.getenv("QALDYQ_DB_URL");
        String user = System.getenv("QALDYQ_DB_USER");
        String password = System.getenv("QALDYQ_DB_PASSWORD");
        String name = "qaldyq_it_empty_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
            // the portal's role owns the test database; it may create a scratch database only if allowed, else use a schema
            s.execute("create schema " + name);
        }
        try {
            PGSimpleDataSource scratch = new PGSimpleDataSource();
            scratch.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            scratch.setUser(user);
            scratch.setPassword(password);
            MigrateResult result = Migrations.schema(scratch).migrate();
            assertTrue(result.success);
            try (Connection c = scratch.getConnection(); Statement s = c.createStatement()) {
                assertEquals(20, count(s, "select count(*) from kato_unit where level = 'REGION'"));
                assertEquals(842, count(s, "select count(*) from waste_code"));
                assertEquals(20, count(s, "select count(*) from waste_chapter"));
                assertEquals(16, count(s, "select count(*) from hazardous_property"));
                assertEquals(3, count(s, "select count(*) from landfill_class"));
                assertEquals(4, count(s, "select count(*) from environmental_category"));
                assertEquals(0, count(s, "select count(*) from organisation"), "no demo data without the demo option");
                assertEquals(1, count(s, "select count(*) from kato_unit where code = '620000000' and name_kk = 'Ұлытау облысы'"));
                assertEquals(0, count(s, "select count(*) from waste_subchapter where name_kk is null or name_ru is null"));
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password); Statement s = admin.createStatement()) {
                s.execute("drop schema " + name + " cascade");
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
