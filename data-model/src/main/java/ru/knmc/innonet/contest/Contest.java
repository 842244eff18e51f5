package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;

/**
 * A contest of a year: its number, kind, announcing order and the figures that decide it (threshold,
 * winners per subsystem, experts per application, the disagreement share, the weights of the remote and
 * defense parts of the combined result).
 */
public record Contest(Long id, String romanNumber, int academicYear, ContestKind kind, String title, Long orderId,
                      Double threshold, Integer winnersPerSubsystem, int expertsPerApplication,
                      double disagreementShare, double remoteWeight, double defenseWeight, Long resultOrderId,
                      int version) {

    public static Contest announce(String romanNumber, int academicYear, ContestKind kind, String title, Long orderId) {
        return new Contest(null, romanNumber, academicYear, kind, title, orderId, null, null, 3, 0.30, 0.5, 0.5,
                null, 0);
    }

    public AcademicYear year() {
        return new AcademicYear(academicYear);
    }

    /** «XVI конкурс инновационных проектов (2017–2018)». */
    public String displayName() {
        return Messages.get("contest.displayName", romanNumber, title, year().toString());
    }

    public Contest withSettings(Double threshold, Integer winners, int experts, double share, double remote,
                                double defense) {
        return new Contest(id, romanNumber, academicYear, kind, title, orderId, threshold, winners, experts, share,
                remote, defense, resultOrderId, version);
    }
}
