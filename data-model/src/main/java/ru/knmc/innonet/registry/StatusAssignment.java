package ru.knmc.innonet.registry;

import java.time.LocalDate;

/** A status given to an organization for a period, by an order, with a project and its supervisor. */
public record StatusAssignment(Long id, long organizationId, long statusKindId, String projectTopic,
                               Long directionId, LocalDate startDate, LocalDate endDate, Long orderId,
                               Long endOrderId, Long supervisorId, Outcome outcome, String note, int version) {

    /** Whether the status is in force on {@code date}: started, not ended. */
    public boolean activeOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }

    /** Whether the period shares at least a day with [from, to]. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
    }
}
