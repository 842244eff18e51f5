package ru.knmc.innonet.event;

import java.time.LocalDate;

/** An event as the list shows it, with its participant total derived as {@link ParticipationSummary} does. */
public record EventRow(long id, String title, String kind, EventLevel level, EventFormat format, LocalDate startDate,
                       LocalDate endDate, String host, int participants, boolean namedList) {
}
