package kz.qaldyq.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The Flyway configurations of the portal, used at start-up and by the migration test on an empty database. Demo
 * data keeps its own history table, so a database with or without demo data validates against the same schema
 * migrations and the demo option can be switched on later.
 */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway schema(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    /** The same schema migrations from outside the server (the synthetic-data generator's command line). */
    public static Flyway schema(String url, String user, String password) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    public static Flyway demo(DataSource dataSource) {
        return demo(Flyway.configure(Migrations.class.getClassLoader()).dataSource(dataSource));
    }

    /** The demo data from outside the server (the synthetic-data generator's command line). */
    public static Flyway demo(String url, String user, String password) {
        return demo(Flyway.configure(Migrations.class.getClassLoader()).dataSource(url, user, password));
    }

    private static Flyway demo(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        return configuration
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load();
    }
}
