package kz.qaldyq.synthetic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.qaldyq.platform.Migrations;

/**
 * {@code ./qaldyq generate}: migrates the schema as the portal does at start-up (Flyway, the same migrations), then
 * fills the database with {@link NationalGenerator} and prints what it made and the planted faults.
 *
 * <pre>
 * --url jdbc:postgresql://host:port/db   (default $QALDYQ_DB_URL, else the local qaldyq database)
 * --user U --password P                  (default $QALDYQ_DB_USER / $QALDYQ_DB_PASSWORD, else qaldyq)
 * --seed N                               (default 2026)
 * --faults                               plant faults in the last year and list them
 * --years 2021-2025                      (default 2021-2025)
 * --regions 710000000,350000000          (default all 20)
 * --with-demo                            load the demo data first, as ./qaldyq start does (its users and organisations)
 * </pre>
 */
public final class GeneratorMain {

    private GeneratorMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = env("QALDYQ_DB_URL", "jdbc:postgresql://127.0.0.1:5432/qaldyq");
        String user = env("QALDYQ_DB_USER", "qaldyq");
        String password = env("QALDYQ_DB_PASSWORD", "qaldyq");
        long seed = 2026;
        boolean faults = false;
        int from = 2021;
        int to = 2025;
        boolean demo = false;
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--faults" -> faults = true;
                case "--years" -> {
                    String[] span = args[++i].split("-");
                    from = Integer.parseInt(span[0]);
                    to = Integer.parseInt(span[span.length - 1]);
                }
                case "--regions" -> regions.addAll(Arrays.asList(args[++i].split(",")));
                case "--with-demo" -> demo = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + " (known: --url --user --password --seed --faults --years --regions --with-demo)");
            }
        }
        var migrated = Migrations.schema(url, user, password).migrate();
        System.out.println("Schema at version " + migrated.targetSchemaVersion + " (" + migrated.migrationsExecuted + " migrations applied now)");
        if (demo) {
            var loaded = Migrations.demo(url, user, password).migrate();
            System.out.println("Demo data at version " + loaded.targetSchemaVersion + " (" + loaded.migrationsExecuted + " applied now)");
        }
        String batched = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(batched, user, password)) {
            NationalGenerator.Result result = NationalGenerator.generate(c,
                    new NationalGenerator.Options(seed, faults, from, to, regions, "generator"));
            System.out.print(result.describe());
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
