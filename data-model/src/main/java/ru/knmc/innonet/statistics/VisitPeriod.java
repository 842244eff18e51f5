package ru.knmc.innonet.statistics;

import java.time.LocalDate;

/** One row of an analytics export: a day, a month or an interval, with its figures. */
public record VisitPeriod(LocalDate start, LocalDate end, VisitFigures figures) {
}
