package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Outcome;
import ru.knmc.innonet.registry.StatusAssignment;
import ru.knmc.innonet.registry.StatusService;

/**
 * The evaluation of sites' annual and intermediate public reports on the contest machinery: an item
 * under evaluation is a site — an organization with its status assignment — and its report file. The
 * experts score it by the contest's criteria; the decision is «continue» or «end the status», and
 * ending is confirmed by an order through the registry's {@link StatusService}.
 */
public final class SiteReportService {
    private final DSLContext dsl;

    public SiteReportService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A site that can report: a status assignment in force, with its organization and kind. */
    public record Site(long assignmentId, long organizationId, String organization, OrgType type, String statusKind,
                       String topic, LocalDate start, LocalDate end) {
    }

    /** The sites whose status is in force on {@code on} and that have no report in this contest yet. */
    public List<Site> sitesToReport(long contestId, LocalDate on) {
        return dsl.select(STATUS_ASSIGNMENT.ID, ORGANIZATION.ID, ORGANIZATION.SHORT_NAME, ORGANIZATION.ORG_TYPE,
                        STATUS_KIND.SHORT_NAME, STATUS_ASSIGNMENT.PROJECT_TOPIC, STATUS_ASSIGNMENT.START_DATE,
                        STATUS_ASSIGNMENT.END_DATE)
                .from(STATUS_ASSIGNMENT).join(ORGANIZATION).on(ORGANIZATION.ID.eq(STATUS_ASSIGNMENT.ORGANIZATION_ID))
                .join(STATUS_KIND).on(STATUS_KIND.ID.eq(STATUS_ASSIGNMENT.STATUS_KIND_ID))
                .where(STATUS_ASSIGNMENT.START_DATE.le(on)
                        .and(STATUS_ASSIGNMENT.END_DATE.isNull().or(STATUS_ASSIGNMENT.END_DATE.ge(on)))
                        .and(STATUS_ASSIGNMENT.END_ORDER_ID.isNull())
                        .and(STATUS_ASSIGNMENT.ID.notIn(dsl.select(APPLICATION.SITE_ASSIGNMENT_ID).from(APPLICATION)
                                .where(APPLICATION.CONTEST_ID.eq(contestId)
                                        .and(APPLICATION.SITE_ASSIGNMENT_ID.isNotNull())))))
                .orderBy(ORGANIZATION.SHORT_NAME, STATUS_ASSIGNMENT.START_DATE)
                .fetch(r -> new Site(r.value1(), r.value2(), r.value3(), OrgType.valueOf(r.value4()), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /**
     * Puts a site's report under evaluation: an item of the contest for the site's organization, with
     * the status's topic, direction and supervisor, the report file attached, admitted to the experts.
     */
    public Application addReport(long contestId, long assignmentId, String reportFile, LocalDate submittedOn) {
        if (reportFile == null || reportFile.isBlank()) {
            throw new ValidationException("attachments", "validation.required", Messages.get("contest.report.file"));
        }
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Contest contest = new ContestService(tx).get(contestId);
            if (contest.kind() != ContestKind.REPORT) {
                throw new UserException("contest.report.notReportContest", contest.displayName());
            }
            StatusAssignment s = new StatusService(tx).find(assignmentId)
                    .orElseThrow(() -> new UserException("contest.report.noAssignment", assignmentId));
            if (tx.fetchExists(APPLICATION, APPLICATION.CONTEST_ID.eq(contestId)
                    .and(APPLICATION.SITE_ASSIGNMENT_ID.eq(assignmentId)))) {
                throw new UserException("contest.report.already");
            }
            OrgType type = OrgType.valueOf(tx.select(ORGANIZATION.ORG_TYPE).from(ORGANIZATION)
                    .where(ORGANIZATION.ID.eq(s.organizationId())).fetchOne(ORGANIZATION.ORG_TYPE));
            String topic = s.projectTopic() == null || s.projectTopic().isBlank()
                    ? Messages.get("contest.report.noTopic") : s.projectTopic();
            Application a = new Application(null, contestId, 0, s.organizationId(), List.of(), subsystemOf(type),
                    s.directionId(), s.supervisorId(), List.of(), Passport.ofTopic(topic), List.of(),
                    List.of(reportFile.strip()), submittedOn, ApplicationStatus.ACCEPTED, null, null, null, null,
                    assignmentId, null, 0);
            return ApplicationService.save(tx, a);
        });
    }

    /** The subsystem an organization's type belongs to; partners count with general education. */
    public static Subsystem subsystemOf(OrgType type) {
        return type == OrgType.PRESCHOOL ? Subsystem.PRESCHOOL
                : type == OrgType.ADDITIONAL ? Subsystem.ADDITIONAL : Subsystem.GENERAL;
    }

    /**
     * Confirms the «end the status» decisions by the signed order: each such site's status ends on
     * {@code endDate} as ended early, through the registry's rules, in one transaction. Returns how many.
     */
    public int endStatuses(long contestId, long orderId, LocalDate endDate) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            int n = 0;
            List<Long> ids = tx.select(APPLICATION.ID).from(APPLICATION).where(APPLICATION.CONTEST_ID.eq(contestId)
                    .and(APPLICATION.DECISION.eq(Decision.END_STATUS.name()))
                    .and(APPLICATION.SITE_ASSIGNMENT_ID.isNotNull())).orderBy(APPLICATION.REG_NUMBER)
                    .fetch(APPLICATION.ID);
            StatusService statuses = new StatusService(tx);
            for (long id : ids) {
                Application a = ApplicationService.find(tx, id).orElseThrow();
                StatusAssignment current = statuses.find(a.siteAssignmentId()).orElseThrow();
                if (current.endOrderId() == null) {
                    statuses.end(current, endDate, Outcome.ENDED_EARLY, orderId);
                    n++;
                }
            }
            return n;
        });
    }
}
