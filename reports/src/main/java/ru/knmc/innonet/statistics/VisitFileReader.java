package ru.knmc.innonet.statistics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.importing.Normalizer;
import ru.knmc.innonet.registry.importing.RawGrids;

/**
 * Reads a Yandex.Metrica export (CSV or XLSX as its «Экспорт» writes them) or a Google Analytics 4 CSV export
 * into a {@link VisitFile}. Every problem is a Russian {@link UserException} naming the file, row and column.
 */
public final class VisitFileReader implements VisitFileParser {
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    /** A table of the file: its lines, each with the number the user sees. */
    private record Table(List<RawGrids.Line> lines) {
    }

    @Override
    public VisitFile read(Path file) {
        Path nameOnly = file.getFileName();
        String fileName = nameOnly == null ? file.toString() : nameOnly.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserException("import.error.notFound", file.toString());
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UserException("import.error.empty", fileName);
            }
            if (size > MAX_BYTES) {
                throw new UserException("import.error.tooLarge", fileName, String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_BYTES / (1024 * 1024)));
            }
            String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            return switch (ext) {
                case "xlsx", "xls" -> {
                    RawGrids.Grid grid = RawGrids.excel(file, fileName);
                    yield fromTables(fileName, grid.formatDescription(), VisitSource.METRICA, List.of(new Table(grid.lines())),
                            null, null);
                }
                case "csv", "txt", "tsv" -> fromText(fileName, Files.readAllBytes(file));
                default -> throw new UserException("import.error.unsupported", fileName);
            };
        } catch (NoSuchFileException e) {
            throw new UserException(e, "import.error.notFound", file.toString());
        } catch (IOException e) {
            throw new UserException(e, "import.error.unreadable", fileName, String.valueOf(e.getMessage()));
        }
    }

    private VisitFile fromText(String fileName, byte[] bytes) {
        String[] decoded = RawGrids.text(bytes, fileName);
        String[] lines = decoded[0].split("\r\n|\n|\r", -1);
        LocalDate gaStart = null;
        LocalDate gaEnd = null;
        boolean ga = false;
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                ga = true;
                String c = line.substring(1).strip();
                String lower = c.toLowerCase(Locale.ROOT);
                int colon = c.indexOf(':');
                if (colon > 0 && VisitColumn.GA_START.stream().anyMatch(lower::startsWith)) {
                    gaStart = PeriodText.compact(c.substring(colon + 1));
                } else if (colon > 0 && VisitColumn.GA_END.stream().anyMatch(lower::startsWith)) {
                    gaEnd = PeriodText.compact(c.substring(colon + 1));
                }
                continue;
            }
            if (line.replace(",", "").replace(";", "").isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(i);
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        if (blocks.isEmpty()) {
            throw new UserException("import.error.empty", fileName);
        }
        List<Table> tables = new ArrayList<>();
        char sep = ',';
        for (List<Integer> block : blocks) {
            sep = separator(lines[block.get(0)]);
            StringBuilder text = new StringBuilder();
            for (int i : block) {
                text.append(lines[i]).append('\n');
            }
            tables.add(new Table(parse(text.toString(), sep, block, fileName)));
        }
        String format = Messages.get("import.format.csv", decoded[1], sep == '\t' ? Messages.get("import.separator.tab") : String.valueOf(sep));
        return fromTables(fileName, format, ga ? VisitSource.GA4 : VisitSource.METRICA, tables, gaStart, gaEnd);
    }

    private static char separator(String header) {
        char best = ',';
        long bestCount = -1;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private static List<RawGrids.Line> parse(String text, char sep, List<Integer> lineIndexes, String fileName) {
        List<RawGrids.Line> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                int idx = (int) r.getRecordNumber() - 1;
                int number = lineIndexes.get(Math.min(idx, lineIndexes.size() - 1)) + 1;
                out.add(new RawGrids.Line(number, r.toList().stream().map(Normalizer::text).toList()));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw new UserException(e, "import.error.csvBroken", fileName, String.valueOf(lineIndexes.get(0) + 1));
        }
        return out;
    }

    private VisitFile fromTables(String fileName, String format, VisitSource source, List<Table> tables,
                                 LocalDate gaStart, LocalDate gaEnd) {
        Table series = null;
        int headerIdx = -1;
        Map<VisitColumn, Integer> columns = null;
        List<String> ignored = new ArrayList<>();
        VisitFigures totalsTable = null;
        List<String> firstHeader = null;
        for (Table t : tables) {
            for (int i = 0; i < t.lines().size() && i < 20; i++) {
                List<String> cells = t.lines().get(i).cells();
                Map<VisitColumn, Integer> found = columns(cells);
                if (firstHeader == null && cells.stream().anyMatch(c -> !c.isBlank())) {
                    firstHeader = cells;
                }
                if (found.containsKey(VisitColumn.PERIOD) && series == null) {
                    series = t;
                    headerIdx = i;
                    columns = found;
                    ignored = ignored(cells);
                    break;
                }
                if (!found.containsKey(VisitColumn.PERIOD) && found.size() >= 2 && t.lines().size() == i + 2) {
                    totalsTable = figures(t.lines().get(i + 1), found, fileName, cells);
                    break;
                }
            }
        }
        boolean russian = source == VisitSource.METRICA;
        if (series == null) {
            throw new UserException("visits.error.missingColumns", fileName, VisitColumn.PERIOD.name(russian),
                    firstHeader == null ? "" : String.join(", ", firstHeader));
        }
        List<String> header = series.lines().get(headerIdx).cells();
        List<String> missing = new ArrayList<>();
        for (VisitColumn required : new VisitColumn[] {VisitColumn.VISITS, VisitColumn.VISITORS}) {
            if (!columns.containsKey(required)) {
                missing.add(required.name(russian));
            }
        }
        if (russian && !columns.containsKey(VisitColumn.PAGE_VIEWS)) {
            missing.add(VisitColumn.PAGE_VIEWS.name(true));
        }
        if (!missing.isEmpty()) {
            throw new UserException("visits.error.missingColumns", fileName, String.join(", ", missing), String.join(", ", header));
        }
        VisitFigures total = null;
        List<VisitPeriod> rows = new ArrayList<>();
        int periodCol = columns.get(VisitColumn.PERIOD);
        for (int i = headerIdx + 1; i < series.lines().size(); i++) {
            RawGrids.Line line = series.lines().get(i);
            if (line.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            String first = cell(line, 0);
            String label = cell(line, periodCol);
            if (VisitColumn.TOTAL_ROWS.contains(VisitColumn.norm(first)) || VisitColumn.TOTAL_ROWS.contains(VisitColumn.norm(label))) {
                total = figures(line, columns, fileName, header);
                continue;
            }
            LocalDate[] period = PeriodText.parse(label);
            if (period == null) {
                throw new UserException("visits.error.badPeriod", fileName, line.number(), header.get(periodCol), label);
            }
            rows.add(new VisitPeriod(period[0], period[1], figures(line, columns, fileName, header)));
        }
        if (rows.isEmpty() && total == null) {
            throw new UserException("visits.error.noRows", fileName);
        }
        LocalDate[] period = period(fileName, gaStart, gaEnd, rows);
        for (VisitPeriod p : rows) {
            if (p.start().isBefore(period[0]) || p.end().isAfter(period[1])) {
                throw new UserException("visits.error.outsidePeriod", fileName, ru.knmc.innonet.common.Dates.format(p.start()),
                        ru.knmc.innonet.common.Dates.format(period[0]), ru.knmc.innonet.common.Dates.format(period[1]));
            }
        }
        if (total == null) {
            total = totalsTable != null ? totalsTable : sum(rows);
        }
        return new VisitFile(source, fileName, format, period[0], period[1], total, rows, ignored);
    }

    /** The period: from the file name («…_2018-01-01_2018-12-31.csv»), GA4's comment lines, or the rows' span. */
    private static LocalDate[] period(String fileName, LocalDate gaStart, LocalDate gaEnd, List<VisitPeriod> rows) {
        List<LocalDate> inName = PeriodText.dates(fileName);
        if (inName.size() >= 2 && !inName.get(1).isBefore(inName.get(0))) {
            return new LocalDate[] {inName.get(0), inName.get(1)};
        }
        if (gaStart != null && gaEnd != null && !gaEnd.isBefore(gaStart)) {
            return new LocalDate[] {gaStart, gaEnd};
        }
        if (rows.isEmpty()) {
            throw new UserException("visits.error.noPeriod", fileName);
        }
        LocalDate start = rows.stream().map(VisitPeriod::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = rows.stream().map(VisitPeriod::end).max(LocalDate::compareTo).orElseThrow();
        return new LocalDate[] {start, end};
    }

    /** Without a totals row the additive figures are summed; unique visitors are not additive and stay unknown. */
    private static VisitFigures sum(List<VisitPeriod> rows) {
        Integer newVisitors = null;
        Integer visits = null;
        Integer views = null;
        for (VisitPeriod p : rows) {
            newVisitors = add(newVisitors, p.figures().newVisitors());
            visits = add(visits, p.figures().visits());
            views = add(views, p.figures().pageViews());
        }
        return new VisitFigures(rows.size() == 1 ? rows.get(0).figures().visitors() : null, newVisitors, visits, views,
                null, null, null);
    }

    private static Integer add(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(a + b);
    }

    private static Map<VisitColumn, Integer> columns(List<String> cells) {
        Map<VisitColumn, Integer> found = new EnumMap<>(VisitColumn.class);
        for (int c = 0; c < cells.size(); c++) {
            VisitColumn col = VisitColumn.match(cells.get(c));
            if (col != null) {
                found.putIfAbsent(col, c);
            }
        }
        return found;
    }

    private static List<String> ignored(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            if (!c.isBlank() && VisitColumn.match(c) == null) {
                out.add(c);
            }
        }
        return out;
    }

    private static String cell(RawGrids.Line line, int i) {
        return i < line.cells().size() ? line.cells().get(i) : "";
    }

    private static VisitFigures figures(RawGrids.Line line, Map<VisitColumn, Integer> cols, String fileName, List<String> header) {
        Integer visitors = number(line, cols, VisitColumn.VISITORS, fileName, header, Kind.COUNT);
        Integer newVisitors = number(line, cols, VisitColumn.NEW_VISITORS, fileName, header, Kind.COUNT);
        BigDecimal share = decimal(line, cols, VisitColumn.NEW_SHARE, fileName, header, Kind.FRACTION);
        if (newVisitors == null && share != null && visitors != null) {
            newVisitors = share.multiply(BigDecimal.valueOf(visitors)).setScale(0, RoundingMode.HALF_UP).intValue();
        }
        return new VisitFigures(visitors, newVisitors,
                number(line, cols, VisitColumn.VISITS, fileName, header, Kind.COUNT),
                number(line, cols, VisitColumn.PAGE_VIEWS, fileName, header, Kind.COUNT),
                decimal(line, cols, VisitColumn.BOUNCE, fileName, header, Kind.FRACTION),
                decimal(line, cols, VisitColumn.DEPTH, fileName, header, Kind.DECIMAL),
                number(line, cols, VisitColumn.TIME, fileName, header, Kind.SECONDS));
    }

    private enum Kind { COUNT, FRACTION, DECIMAL, SECONDS }

    private static Integer number(RawGrids.Line line, Map<VisitColumn, Integer> cols, VisitColumn c, String fileName,
                                  List<String> header, Kind kind) {
        Integer idx = cols.get(c);
        if (idx == null) {
            return null;
        }
        String text = cell(line, idx);
        try {
            return kind == Kind.SECONDS ? VisitNumbers.seconds(text) : VisitNumbers.count(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserException("visits.error.badNumber", fileName, line.number(), idx < header.size() ? header.get(idx) : c.name(true), text);
        }
    }

    private static BigDecimal decimal(RawGrids.Line line, Map<VisitColumn, Integer> cols, VisitColumn c, String fileName,
                                      List<String> header, Kind kind) {
        Integer idx = cols.get(c);
        if (idx == null) {
            return null;
        }
        String text = cell(line, idx);
        try {
            return kind == Kind.FRACTION ? VisitNumbers.fraction(text) : VisitNumbers.decimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserException("visits.error.badNumber", fileName, line.number(), idx < header.size() ? header.get(idx) : c.name(true), text);
        }
    }
}
