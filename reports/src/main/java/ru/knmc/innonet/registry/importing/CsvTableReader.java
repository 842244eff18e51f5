package ru.knmc.innonet.registry.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** Reads a CSV (or .txt/.tsv) list: encoding and separator detected, rows numbered by their line in the file. */
final class CsvTableReader {
    /** Row numbers listed in one message at most; the rest are counted. */
    private static final int LISTED = 10;

    private CsvTableReader() {
    }

    static RawTable read(byte[] bytes, String fileName) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, fileName);
        char sep = SeparatorDetector.detect(decoded.text());
        List<List<String>> raw = new ArrayList<>();
        List<SheetLine> lines = parse(decoded.text(), sep, fileName, raw);
        int header = HeaderLocator.headerIndex(lines);
        if (header < 0) {
            throw new UserException("import.error.empty", fileName);
        }
        checkColumns(lines, raw, header, sep, fileName);
        String format = Messages.get("import.format.csv", decoded.encodingLabel(), separatorName(sep));
        return HeaderLocator.table(fileName, headerRow -> format, lines, header);
    }

    private static List<SheetLine> parse(String text, char sep, String fileName, List<List<String>> raw) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setIgnoreEmptyLines(false).get();
        List<SheetLine> lines = new ArrayList<>();
        long lineBefore = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // A quoted cell may span lines: the row is numbered by the line it starts on, as an editor shows it.
                int number = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                List<String> values = record.toList();
                raw.add(values);
                lines.add(new SheetLine(number, values.stream().map(Normalizer::text).toList()));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UserException(e, "import.error.csvBroken", fileName, String.valueOf(lineBefore + 1));
        } catch (IOException e) {
            throw new UserException(e, "import.error.unreadable", fileName, e.getMessage());
        }
        return lines;
    }

    /**
     * A row saved with another separator (a «,» row in a «;» file) would silently land in the wrong columns:
     * such rows are refused by number. A row shorter than the header is fine (trailing empty cells) unless it
     * holds another candidate separator; a longer row is fine only when its extra cells are empty.
     */
    private static void checkColumns(List<SheetLine> lines, List<List<String>> raw, int header, char sep,
                                     String fileName) {
        int columns = raw.get(header).size();
        List<Integer> bad = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            List<String> values = raw.get(i);
            if (lines.get(i).isBlank() || values.size() == columns) {
                continue;
            }
            boolean shortWithOtherSeparator = values.size() < columns && values.stream()
                    .anyMatch(v -> SeparatorDetector.CANDIDATES.stream().anyMatch(c -> c != sep && v.indexOf(c) >= 0));
            boolean longWithData = values.size() > columns
                    && values.subList(columns, values.size()).stream().anyMatch(v -> !v.isBlank());
            if (shortWithOtherSeparator || longWithData) {
                bad.add(lines.get(i).number());
            }
        }
        if (!bad.isEmpty()) {
            String listed = bad.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(", "));
            if (bad.size() > LISTED) {
                listed = Messages.get("import.error.andMore", listed, String.valueOf(bad.size() - LISTED));
            }
            throw new UserException("import.error.csvColumns", fileName, listed, separatorName(sep),
                    String.valueOf(columns));
        }
    }

    static String separatorName(char sep) {
        return sep == '\t' ? Messages.get("import.separator.tab") : String.valueOf(sep);
    }
}
