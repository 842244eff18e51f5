package ru.knmc.innonet.contest;

import java.time.LocalDate;
import java.util.List;

/**
 * An application to a contest: the applicant and co-applicants from the registry, subsystem, direction,
 * the project passport with its authors, supervisor and stages, attachments (file paths), and where it
 * is in the contest.
 */
public record Application(Long id, long contestId, int regNumber, long organizationId, List<Long> coapplicantIds,
                          Subsystem subsystem, Long directionId, Long supervisorId, List<Long> authorIds,
                          Passport passport, List<PassportStage> stages, List<String> attachments,
                          LocalDate submittedOn, ApplicationStatus status, String returnReasons,
                          Integer defensePosition, Decision decision, String decisionNote, Long siteAssignmentId,
                          Long grantedAssignmentId, int version) {

    public Application {
        coapplicantIds = coapplicantIds == null ? List.of() : List.copyOf(coapplicantIds);
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        stages = stages == null ? List.of() : List.copyOf(stages);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        status = status == null ? ApplicationStatus.SUBMITTED : status;
    }

    /** A new application as it arrives. */
    public static Application submitted(long contestId, long organizationId, Subsystem subsystem, Long directionId,
                                        Long supervisorId, List<Long> authorIds, List<Long> coapplicantIds,
                                        Passport passport, List<PassportStage> stages, LocalDate submittedOn) {
        return new Application(null, contestId, 0, organizationId, coapplicantIds, subsystem, directionId,
                supervisorId, authorIds, passport, stages, List.of(), submittedOn, ApplicationStatus.SUBMITTED, null,
                null, null, null, null, null, 0);
    }

    public String topic() {
        return passport.topic();
    }
}
