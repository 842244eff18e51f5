package ru.knmc.innonet.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Finds the header of a legacy list, which often sits below a title («Реестр МИП на 2018 год»), and cuts the
 * lines into a {@link RawTable}.
 */
final class HeaderLocator {
    /** The header is looked for among the first rows only: a list's title is never longer. */
    static final int SEARCH_ROWS = 20;
    /** A row is the header when this many of its cells are known headers. */
    static final int MIN_KNOWN = 2;

    private HeaderLocator() {
    }

    /**
     * The index in {@code lines} of the header: the first row within the first {@link #SEARCH_ROWS} with at least
     * {@link #MIN_KNOWN} known headers, else the first non-blank row (the parser then says what is missing);
     * -1 when every line is blank.
     */
    static int headerIndex(List<SheetLine> lines) {
        for (int i = 0; i < lines.size() && lines.get(i).number() <= SEARCH_ROWS; i++) {
            if (ColumnMatcher.countKnown(lines.get(i).cells()) >= MIN_KNOWN) {
                return i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The table from the header at {@code headerIndex} down; blank rows are skipped and every row is as wide as
     * the widest, so that a column without a header still shows in the preview.
     */
    static RawTable table(String fileName, IntFunction<String> formatDescription, List<SheetLine> lines,
                          int headerIndex) {
        SheetLine header = lines.get(headerIndex);
        int width = header.width();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            width = Math.max(width, lines.get(i).width());
        }
        List<RawRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            SheetLine line = lines.get(i);
            if (!line.isBlank()) {
                rows.add(new RawRow(line.number(), fit(line.cells(), width)));
            }
        }
        return new RawTable(fileName, formatDescription.apply(header.number()), header.number(),
                fit(header.cells(), width), rows);
    }

    private static List<String> fit(List<String> cells, int width) {
        List<String> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            out.add(i < cells.size() ? cells.get(i) : "");
        }
        return out;
    }
}
