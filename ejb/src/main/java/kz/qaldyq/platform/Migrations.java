package kz.qaldyq.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The one Flyway configuration of the portal, used at start-up and by the migration test on an empty database. */
public final class Migrations {

    public static final String SCHEMA = "db/migration";
    public static final String DEMO = "db/demo";

    private Migrations() {
    }

    public static Flyway configure(DataSource dataSource, boolean demo) {
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(demo ? new String[] {"classpath:" + SCHEMA, "classpath:" + DEMO} : new String[] {"classpath:" + SCHEMA})
                // demo migrations carry versions from 1000 up; later schema versions must still apply after them
                .outOfOrder(demo)
                .ignoreMigrationPatterns("*:missing")
                .validateMigrationNaming(true);
        return config.load();
    }
}
