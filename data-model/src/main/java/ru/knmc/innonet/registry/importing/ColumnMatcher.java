package ru.knmc.innonet.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Recognises the columns of a legacy list by their Russian headers. The synonyms live in
 * {@code import/header-synonyms.properties} so that the centre's next odd header is a one-line change.
 */
public final class ColumnMatcher {
    private static final String RESOURCE = "/import/header-synonyms.properties";
    private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");
    private static final Map<String, ImportField> SYNONYMS = loadSynonyms();

    private ColumnMatcher() {
    }

    /** Maps each header to a field; when two columns claim one field the first wins, the other stays unknown. */
    public static ColumnMapping match(List<String> headers) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            fieldOf(headers.get(i)).ifPresent(f -> columns.putIfAbsent(f, index));
        }
        return ColumnMapping.of(headers, columns);
    }

    /** The field a header names, if it is a known synonym. */
    public static Optional<ImportField> fieldOf(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        ImportField f = SYNONYMS.get(key(header));
        if (f == null) {
            // «Тип ОО (ДОО, ОО, УДО)», «Телефон (с кодом)»: the remark in parentheses is not the header.
            String withoutRemark = REMARK.matcher(header).replaceAll(" ");
            f = SYNONYMS.get(key(withoutRemark));
        }
        return Optional.ofNullable(f);
    }

    /** How many of {@code cells} are known headers: a header row has at least two. */
    public static int countKnown(List<String> cells) {
        return (int) cells.stream().filter(c -> fieldOf(c).isPresent()).count();
    }

    /** Case, ё, spaces and punctuation do not matter; «№» does, since «№» alone is a header. */
    static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replace('ё', 'е').chars()
                .filter(c -> Character.isLetterOrDigit(c) || c == '№')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Map<String, ImportField> loadSynonyms() {
        Properties p = new Properties();
        try (InputStream in = ColumnMatcher.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ImportField> map = new HashMap<>();
        for (ImportField f : ImportField.values()) {
            String value = p.getProperty(f.name());
            if (value == null) {
                continue;
            }
            for (String synonym : value.split("\\|")) {
                ImportField previous = map.putIfAbsent(key(synonym), f);
                if (previous != null && previous != f) {
                    throw new IllegalStateException("header synonym for two fields: " + synonym);
                }
            }
        }
        return Map.copyOf(map);
    }
}
