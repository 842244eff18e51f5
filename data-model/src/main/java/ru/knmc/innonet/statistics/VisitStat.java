package ru.knmc.innonet.statistics;

import java.time.LocalDate;

/**
 * Stored figures of a resource over {@code start}–{@code end} for one segment. {@code periodTotal} marks the
 * totals of a whole imported period (Metrica's «Итого и средние»), as opposed to its rows by day or month.
 */
public record VisitStat(Long id, long resourceId, LocalDate start, LocalDate end, Segment segment, VisitFigures figures,
                        VisitSource source, String sourceFile, boolean periodTotal, int version) {
}
