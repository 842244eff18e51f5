package ru.knmc.innonet.app;

import java.util.Properties;
import ru.knmc.innonet.db.DatabaseLocation;

/** Which database to open: {@code --db} first, then the settings file, then the embedded default. */
public final class DatabaseChoice {
    private DatabaseChoice() {
    }

    public static DatabaseLocation resolve(AppHome home, String db, String user, String password) {
        Properties s = home.settings();
        String value = db != null ? db : s.getProperty("db.url");
        String u = user != null ? user : s.getProperty("db.user");
        String p = password != null ? password : s.getProperty("db.password");
        if (value == null || value.isBlank()) {
            return DatabaseLocation.embedded(home.defaultDatabase());
        }
        return DatabaseLocation.parse(value.strip(), u, p);
    }
}
