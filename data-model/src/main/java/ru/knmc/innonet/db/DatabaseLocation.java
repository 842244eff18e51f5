package ru.knmc.innonet.db;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the data lives: an embedded H2 file (the default, a path) or a shared PostgreSQL server
 * (a {@code jdbc:postgresql:} URL). Parsed from {@code --db} or the settings file.
 */
public record DatabaseLocation(String jdbcUrl, String user, String password) {

    /** The H2 options that make H2 speak the SQL of our migrations and match jOOQ's lower-case names. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public static DatabaseLocation embedded(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        return new DatabaseLocation("jdbc:h2:file:" + path + H2_OPTIONS, "sa", "");
    }

    /** An in-memory H2 database, for tests: gone when the last connection closes. */
    public static DatabaseLocation inMemory(String name) {
        return new DatabaseLocation("jdbc:h2:mem:" + name + H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** {@code --db} value: a JDBC URL as it is, anything else a path to an H2 file. */
    public static DatabaseLocation parse(String value, String user, String password) {
        if (value.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            if (value.startsWith("jdbc:h2:") && !value.toUpperCase(Locale.ROOT).contains("MODE=")) {
                return new DatabaseLocation(value + H2_OPTIONS, user == null ? "sa" : user, password == null ? "" : password);
            }
            return new DatabaseLocation(value, user, password);
        }
        return embedded(Path.of(value));
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** The URL without a password, for the log and the status bar. */
    public String display() {
        int semi = jdbcUrl.indexOf(';');
        return semi < 0 ? jdbcUrl : jdbcUrl.substring(0, semi);
    }
}
