package ru.knmc.innonet.network;

import java.time.LocalDate;
import ru.knmc.innonet.common.AcademicYear;

/**
 * An activity of a network's roadmap for an academic year. {@code eventId} names the event that carried
 * it out once events exist; it is kept but not yet linked.
 */
public record RoadmapItem(Long id, AcademicYear year, String activity, LocalDate startDate, LocalDate endDate,
                          Long responsibleOrgId, Long responsiblePersonId, String expectedResult,
                          RoadmapStatus status, Long eventId) {
}
