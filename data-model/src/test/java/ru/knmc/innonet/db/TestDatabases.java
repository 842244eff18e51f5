package ru.knmc.innonet.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, migrated databases for tests: an in-memory H2, or a new database on a real PostgreSQL. */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static Database h2() {
        return Database.open(DatabaseLocation.inMemory("test" + COUNTER.incrementAndGet() + "_" + System.nanoTime()));
    }

    /** A new empty database on the PostgreSQL server started once for the whole test run. */
    public static Database postgres() {
        return Database.open(postgresLocation());
    }

    /**
     * Where a new empty database on that server is, not yet opened nor migrated: for tests that hand a
     * JDBC URL to the program, as {@code innonet --db jdbc:postgresql://…} does.
     */
    public static synchronized DatabaseLocation postgresLocation() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            }
            String name = "innonet_test_" + COUNTER.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return new DatabaseLocation(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
