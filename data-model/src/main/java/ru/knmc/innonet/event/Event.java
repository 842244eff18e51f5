package ru.knmc.innonet.event;

import java.time.LocalDate;

/**
 * An event the centre held or took part in. {@code endDate} is null for a one-day event;
 * {@code participantsTotal} is the entered total, used when the event has no named list.
 */
public record Event(Long id, String title, Long kindId, EventLevel level, EventFormat format, LocalDate startDate,
                    LocalDate endDate, Long hostOrganizationId, String organizer, String description, String link,
                    Integer participantsTotal, int version) {
    public LocalDate lastDay() {
        return endDate == null ? startDate : endDate;
    }
}
