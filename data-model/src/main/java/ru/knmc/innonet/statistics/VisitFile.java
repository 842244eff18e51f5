package ru.knmc.innonet.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * An analytics export as read: the period it covers, the totals of that period (never the sum of its rows:
 * unique visitors over a year are fewer than the sum of the months), its rows, and the columns it ignored.
 */
public record VisitFile(VisitSource source, String fileName, String formatDescription, LocalDate start, LocalDate end,
                        VisitFigures total, List<VisitPeriod> rows, List<String> ignoredColumns) {
    public VisitFile {
        rows = List.copyOf(rows);
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
