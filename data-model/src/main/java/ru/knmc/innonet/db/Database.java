package ru.knmc.innonet.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.UserException;

/**
 * An open, migrated database: the one place that knows H2 from PostgreSQL. Everything else gets the
 * {@link DSLContext} and runs the same jOOQ code on both.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseLocation location;
    private final DataSource dataSource;
    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final Connection keepAlive;

    private Database(DatabaseLocation location, DataSource dataSource, SQLDialect dialect, Connection keepAlive) {
        this.location = location;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.keepAlive = keepAlive;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(dataSource, dialect, settings);
    }

    /** Opens the database and brings its schema up to date; a Russian {@link UserException} if it cannot. */
    public static Database open(DatabaseLocation location) {
        DataSource ds;
        SQLDialect dialect;
        if (location.isPostgres()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(location.jdbcUrl());
            if (location.user() != null) {
                pg.setUser(location.user());
            }
            if (location.password() != null) {
                pg.setPassword(location.password());
            }
            ds = pg;
            dialect = SQLDialect.POSTGRES;
        } else if (location.isEmbedded()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(location.jdbcUrl());
            h2.setUser(location.user() == null ? "sa" : location.user());
            h2.setPassword(location.password() == null ? "" : location.password());
            ds = h2;
            dialect = SQLDialect.H2;
        } else {
            throw new UserException("db.error.unsupported", location.display());
        }
        Connection keepAlive = null;
        try {
            // One open connection keeps an embedded database open between short transactions:
            // H2 would otherwise reopen (and re-check) the file on every connection.
            keepAlive = ds.getConnection();
        } catch (SQLException e) {
            LOG.error("Cannot open database {}", location.display(), e);
            throw translateOpenError(location, e);
        }
        try {
            migrate(ds);
        } catch (FlywayException e) {
            closeQuietly(keepAlive);
            LOG.error("Migration failed on {}", location.display(), e);
            throw new UserException(e, "db.error.migration", location.display(), e.getMessage());
        }
        LOG.info("Database open: {} ({})", location.display(), dialect);
        return new Database(location, ds, dialect, keepAlive);
    }

    static void migrate(DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    private static UserException translateOpenError(DatabaseLocation location, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage());
        if (e.getErrorCode() == 90020 || text.contains("already in use") || text.contains("Locked by another process")) {
            return new UserException(e, "db.error.locked", location.display());
        }
        if (state.startsWith("08")) {
            return new UserException(e, "db.error.connect", location.display());
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new UserException(e, "db.error.auth", location.display());
        }
        return new UserException(e, "db.error.open", location.display(), text);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure; the first error is what matters
            }
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public DatabaseLocation location() {
        return location;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        closeQuietly(keepAlive);
    }
}
