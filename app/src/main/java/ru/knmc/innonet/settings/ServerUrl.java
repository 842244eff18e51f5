package ru.knmc.innonet.settings;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL address split into the fields the settings screen shows. Parameters after «?» (for
 * example {@code ssl=true} written by an administrator) are kept so that saving the form does not lose them.
 */
record ServerUrl(String host, int port, String database, String parameters) {
    static final int DEFAULT_PORT = 5432;
    private static final String PREFIX = "jdbc:postgresql://";
    // one host, optional port, a database name; several hosts or IPv6 literals are left to the file
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?\\[\\],]+)(?::(\\d{1,5}))?/([^?]+)(?:\\?(.*))?");

    static Optional<ServerUrl> parse(String url) {
        Matcher m = URL.matcher(url.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        return Optional.of(new ServerUrl(m.group(1), port, m.group(3), m.group(4) == null ? "" : m.group(4)));
    }

    static boolean isServerUrl(String url) {
        return url.strip().startsWith(PREFIX) || url.strip().startsWith("jdbc:postgresql:");
    }

    String jdbcUrl() {
        String url = PREFIX + host + ":" + port + "/" + database;
        return parameters.isEmpty() ? url : url + "?" + parameters;
    }
}
