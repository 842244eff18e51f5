package ru.knmc.innonet.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * One demo data file: `;`-separated, quoted as RFC 4180, with a header row. Columns are read by name,
 * so that the files can gain columns without breaking the loader; every bad value is reported with
 * the file, the line of the file (not the record number: quoted values may span lines) and the column.
 */
public final class DemoCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';')
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    final String fileName;
    final List<Row> rows;

    private DemoCsv(String fileName, List<Row> rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    /** The data rows, in file order. */
    public List<Row> rows() {
        return rows;
    }

    public static DemoCsv read(DemoFiles files, String fileName, String... requiredColumns) {
        String text;
        try (Reader r = files.open(fileName)) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                b.append(buf, 0, n);
            }
            text = b.toString();
        } catch (IOException e) {
            throw new UserException(e, "demo.error.read", fileName, e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a BOM from Excel would otherwise become part of the first column's name
        }
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String c : requiredColumns) {
                if (!header.containsKey(c)) {
                    throw new UserException("demo.error.missingColumn", fileName, c);
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                int line = Arrays.binarySearch(lineStarts, (int) rec.getCharacterPosition());
                rows.add(new Row(fileName, line >= 0 ? line + 1 : -line - 1, rec));
            }
            return new DemoCsv(fileName, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UserException(e, "demo.error.read", fileName, e.getMessage());
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A record with its line in the file, and typed access that names the place of any error. */
    public record Row(String file, int line, CSVRecord rec) {

        /** The value, or null when empty or when the file has no such column. */
        public String get(String column) {
            if (!rec.isMapped(column) || !rec.isSet(column)) {
                return null;
            }
            String v = rec.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        public String required(String column) {
            String v = get(column);
            if (v == null) {
                throw error("demo.error.required", column);
            }
            return v;
        }

        public LocalDate date(String column) {
            String v = get(column);
            try {
                return v == null ? null : LocalDate.parse(v, Dates.RU);
            } catch (DateTimeParseException e) {
                throw invalid(column, v, Messages.get("demo.expected.date"));
            }
        }

        public Integer integer(String column) {
            String v = get(column);
            try {
                return v == null ? null : Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw invalid(column, v, Messages.get("demo.expected.integer"));
            }
        }

        public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String v = get(column);
            if (v == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            throw invalid(column, v, String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }

        /** The id {@code key} names in another file, or an error naming this file, line and column. */
        public <K> Long ref(String column, K key, Map<K, Long> ids, String targetFile) {
            Long id = ids.get(key);
            if (id == null) {
                throw new UserException("demo.error.reference", file, String.valueOf(line), column, String.valueOf(key), targetFile);
            }
            return id;
        }

        public UserException error(String messageKey, String column) {
            return new UserException(messageKey, file, String.valueOf(line), column);
        }

        public UserException invalid(String column, String value, String expected) {
            return new UserException("demo.error.value", file, String.valueOf(line), column, value, expected);
        }
    }
}
