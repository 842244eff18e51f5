package ru.knmc.innonet.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import ru.knmc.innonet.common.Messages;

/** What each field of the database form must hold; a Russian message naming the field, or null when fine. */
final class FieldRules {
    private FieldRules() {
    }

    static String path(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Messages.get("settings.error.path");
        }
        if (v.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            return v.startsWith("jdbc:h2:") ? null : Messages.get("settings.error.pathUrl");
        }
        try {
            Path.of(v);
            return null;
        } catch (InvalidPathException e) {
            return Messages.get("settings.error.pathInvalid");
        }
    }

    static String host(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Messages.get("settings.error.host");
        }
        return v.matches("[^\\s/:?\\[\\],]+") ? null : Messages.get("settings.error.hostChars");
    }

    static String port(String value) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("\\d{1,5}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 65535) {
            return Messages.get("settings.error.port");
        }
        return null;
    }

    static String database(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Messages.get("settings.error.database");
        }
        return v.matches("[^\\s/?]+") ? null : Messages.get("settings.error.databaseChars");
    }

    /** Empty (the built-in templates) or a folder; a path naming a file is refused. */
    static String templatesFolder(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(v);
            return java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)
                    ? Messages.get("settings.error.templatesNotFolder") : null;
        } catch (InvalidPathException e) {
            return Messages.get("settings.error.templatesInvalid");
        }
    }
}
