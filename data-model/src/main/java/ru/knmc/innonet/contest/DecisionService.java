package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.Outcome;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.StatusAssignment;
import ru.knmc.innonet.registry.StatusService;

/**
 * The council's decisions and what follows from them: the winners get their МИП status assignments,
 * linked to the order, through the registry's {@link StatusService} and its rules; the sites whose
 * report ended in «end the status» have it ended by the same order.
 */
public final class DecisionService {
    private final DSLContext dsl;

    public DecisionService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Application decide(long applicationId, Decision decision, String note) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Application a = ApplicationService.find(tx, applicationId)
                    .orElseThrow(() -> new UserException("contest.application.notFound", applicationId));
            if (a.grantedAssignmentId() != null) {
                throw new UserException("contest.decision.alreadyGranted", a.regNumber());
            }
            ContestKind kind = new ContestService(tx).get(a.contestId()).kind();
            if (decision != null && !decisionsFor(kind).contains(decision)) {
                throw new UserException("contest.decision.wrongKind", decision.displayName(), kind.displayName());
            }
            if (a.status() == ApplicationStatus.SUBMITTED || a.status() == ApplicationStatus.RETURNED) {
                if (decision != Decision.RETURNED && decision != null) {
                    throw new UserException("contest.decision.notAdmitted", a.regNumber(), a.status().displayName());
                }
            }
            return ApplicationService.save(tx, new Application(a.id(), a.contestId(), a.regNumber(), a.organizationId(),
                    a.coapplicantIds(), a.subsystem(), a.directionId(), a.supervisorId(), a.authorIds(), a.passport(),
                    a.stages(), a.attachments(), a.submittedOn(), decision != null ? ApplicationStatus.DECIDED
                    : a.status() == ApplicationStatus.DECIDED ? ApplicationStatus.ACCEPTED : a.status(),
                    a.returnReasons(), a.defensePosition(), decision, note,
                    a.siteAssignmentId(), a.grantedAssignmentId(), a.version()));
        });
    }

    /**
     * The decisions a contest of {@code kind} gives: winner or not for projects and products; continue
     * or end the status for sites' reports; «returned» for either.
     */
    public static List<Decision> decisionsFor(ContestKind kind) {
        return kind == ContestKind.REPORT ? List.of(Decision.CONTINUE_STATUS, Decision.END_STATUS, Decision.RETURNED)
                : List.of(Decision.WINNER, Decision.NOT_RECOMMENDED, Decision.RETURNED);
    }

    /**
     * Decides «winner» for every application the ranking puts within the winners and above the
     * threshold, «not recommended» for the rest; for sites' reports «continue» and «end the status».
     */
    public int decideFromRanking(long contestId) {
        List<RankedApplication> results = new ResultsService(dsl).results(contestId);
        boolean reports = new ContestService(dsl).get(contestId).kind() == ContestKind.REPORT;
        return dsl.transactionResult(t -> {
            int n = 0;
            for (RankedApplication r : results) {
                if (r.decision() != null) {
                    continue;
                }
                Decision d = reports ? (r.withinWinners() ? Decision.CONTINUE_STATUS : Decision.END_STATUS)
                        : r.withinWinners() ? Decision.WINNER : Decision.NOT_RECOMMENDED;
                Application a = ApplicationService.find(t.dsl(), r.applicationId()).orElseThrow();
                ApplicationService.save(t.dsl(), new Application(a.id(), a.contestId(), a.regNumber(),
                        a.organizationId(), a.coapplicantIds(), a.subsystem(), a.directionId(), a.supervisorId(),
                        a.authorIds(), a.passport(), a.stages(), a.attachments(), a.submittedOn(),
                        ApplicationStatus.DECIDED, a.returnReasons(), a.defensePosition(), d, a.decisionNote(),
                        a.siteAssignmentId(), a.grantedAssignmentId(), a.version()));
                n++;
            }
            return n;
        });
    }

    /**
     * Gives every winner without a status yet its МИП status from {@code start} to {@code end} by the
     * order, in one transaction; returns the new assignments.
     */
    public List<StatusAssignment> grantStatuses(long contestId, long orderId, LocalDate start, LocalDate end) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            long mip = new ReferenceService(tx).statusKindByCode("MIP")
                    .orElseThrow(() -> new UserException("contest.decision.noMipKind")).id();
            Contest contest = new ContestService(tx).get(contestId);
            String note = Messages.get("contest.decision.statusNote", contest.romanNumber());
            List<StatusAssignment> granted = new ArrayList<>();
            List<Long> ids = tx.select(APPLICATION.ID).from(APPLICATION).where(APPLICATION.CONTEST_ID.eq(contestId))
                    .orderBy(APPLICATION.REG_NUMBER).fetch(APPLICATION.ID);
            for (long id : ids) {
                Application a = ApplicationService.find(tx, id).orElseThrow();
                if (a.decision() == Decision.WINNER && a.grantedAssignmentId() == null) {
                    StatusAssignment s = StatusService.save(tx, new StatusAssignment(null, a.organizationId(), mip,
                            a.topic(), a.directionId(), start, end, orderId, null, a.supervisorId(), Outcome.ACTIVE,
                            note, 0));
                    granted.add(s);
                    tx.update(APPLICATION).set(APPLICATION.GRANTED_ASSIGNMENT_ID, s.id())
                            .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1)).where(APPLICATION.ID.eq(id)).execute();
                } else if (a.decision() == Decision.END_STATUS && a.siteAssignmentId() != null) {
                    StatusAssignment current = new StatusService(tx).find(a.siteAssignmentId()).orElseThrow();
                    if (current.endOrderId() == null) {
                        StatusService.save(tx, new StatusAssignment(current.id(), current.organizationId(),
                                current.statusKindId(), current.projectTopic(), current.directionId(),
                                current.startDate(), start.minusDays(1), current.orderId(), orderId,
                                current.supervisorId(), Outcome.ENDED_EARLY, current.note(), current.version()));
                    }
                }
            }
            ContestService.save(tx, new Contest(contest.id(), contest.romanNumber(), contest.academicYear(),
                    contest.kind(), contest.title(), contest.orderId(), contest.threshold(),
                    contest.winnersPerSubsystem(), contest.expertsPerApplication(), contest.disagreementShare(),
                    contest.remoteWeight(), contest.defenseWeight(), orderId, contest.version()));
            return granted;
        });
    }
}
