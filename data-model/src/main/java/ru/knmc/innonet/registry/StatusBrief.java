package ru.knmc.innonet.registry;

import java.time.LocalDate;

/** One status assignment as the registry table shows it, names resolved. */
public record StatusBrief(long assignmentId, long kindId, String kindCode, String kindShortName, String projectTopic,
                          Long directionId, String directionTitle, LocalDate startDate, LocalDate endDate,
                          String orderReference, Long supervisorId, String supervisorName,
                          String supervisorOrganization, Outcome outcome) {

    public boolean activeOn(LocalDate date) {
        return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
    }
}
