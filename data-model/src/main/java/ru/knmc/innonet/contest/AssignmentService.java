package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.CONTEST;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW_SCORE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;

/**
 * Who reviews what. The automatic assignment gives every accepted application N experts of its
 * subsystem's group, never a conflicted one, each time the least loaded; it is a preview first and is
 * applied in one transaction after conflicts are checked again. Manual assignment over a conflict needs
 * a reason, which is recorded with the review.
 */
public final class AssignmentService {
    private final DSLContext dsl;
    private final ConflictService conflicts;

    public AssignmentService(DSLContext dsl, NetworkLinks networks) {
        this.dsl = dsl;
        this.conflicts = new ConflictService(dsl, networks);
    }

    /** One proposed pair. */
    public record Proposal(long applicationId, long expertId) {
    }

    /** An application that could not get all its experts: too few unconflicted members in the group. */
    public record Shortfall(long applicationId, int missing) {
    }

    public record Plan(long contestId, List<Proposal> proposals, List<Shortfall> shortfalls) {
    }

    public Plan preview(long contestId) {
        return preview(dsl, contestId);
    }

    private Plan preview(DSLContext tx, long contestId) {
        var contest = tx.selectFrom(CONTEST).where(CONTEST.ID.eq(contestId)).fetchOne();
        int perApplication = contest.getExpertsPerApplication();
        Map<Subsystem, List<Long>> groups = new HashMap<>();
        Set<Long> experts = new HashSet<>();
        for (Subsystem s : Subsystem.values()) {
            List<Long> members = ExpertService.group(tx, contest.getAcademicYear(), s).map(ExpertGroup::memberIds)
                    .orElse(List.of());
            groups.put(s, members);
            experts.addAll(members);
        }
        ConflictService.Index index = conflicts.index(tx, contestId, experts);
        Map<Long, Integer> load = new HashMap<>();
        Map<Long, Set<Long>> assigned = new HashMap<>();
        tx.select(REVIEW.APPLICATION_ID, REVIEW.EXPERT_ID).from(REVIEW).join(APPLICATION)
                .on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId).and(REVIEW.PURPOSE.eq(Purpose.REMOTE.name())))
                .forEach(r -> {
                    load.merge(r.value2(), 1, Integer::sum);
                    assigned.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2());
                });
        List<Proposal> proposals = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        var apps = tx.select(APPLICATION.ID, APPLICATION.SUBSYSTEM).from(APPLICATION)
                .where(APPLICATION.CONTEST_ID.eq(contestId).and(APPLICATION.APP_STATUS.eq(ApplicationStatus.ACCEPTED.name())))
                .orderBy(APPLICATION.REG_NUMBER).fetch();
        for (var app : apps) {
            long appId = app.value1();
            Set<Long> have = assigned.computeIfAbsent(appId, k -> new HashSet<>());
            int missing = perApplication - have.size();
            List<Long> candidates = groups.get(Subsystem.valueOf(app.value2())).stream()
                    .filter(e -> !have.contains(e) && !index.conflicted(e, appId))
                    .collect(Collectors.toList());
            while (missing > 0 && !candidates.isEmpty()) {
                Long best = candidates.stream().min(Comparator.<Long>comparingInt(e -> load.getOrDefault(e, 0))
                        .thenComparing(e -> e)).orElseThrow();
                candidates.remove(best);
                have.add(best);
                load.merge(best, 1, Integer::sum);
                proposals.add(new Proposal(appId, best));
                missing--;
            }
            if (missing > 0) {
                shortfalls.add(new Shortfall(appId, missing));
            }
        }
        return new Plan(contestId, proposals, shortfalls);
    }

    /** Applies a previewed plan at once; refused whole if any pair has become conflicted or taken meanwhile. */
    public int apply(Plan plan) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Set<Long> experts = plan.proposals().stream().map(Proposal::expertId).collect(Collectors.toSet());
            ConflictService.Index index = conflicts.index(tx, plan.contestId(), experts);
            for (Proposal p : plan.proposals()) {
                if (index.conflicted(p.expertId(), p.applicationId())) {
                    throw new UserException("contest.assign.staleConflict");
                }
                insert(tx, p.applicationId(), p.expertId(), Purpose.REMOTE, true, null);
            }
            return plan.proposals().size();
        });
    }

    /**
     * Assigns an expert by hand. Over a conflict only with {@code overrideReason}; the reason is kept
     * with the review.
     */
    public long assign(long applicationId, long expertId, Purpose purpose, String overrideReason) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            long contestId = tx.select(APPLICATION.CONTEST_ID).from(APPLICATION).where(APPLICATION.ID.eq(applicationId))
                    .fetchOne(APPLICATION.CONTEST_ID);
            List<Conflict> found = conflicts.index(tx, contestId, List.of(expertId)).conflicts(expertId, applicationId);
            String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
            if (!found.isEmpty() && reason == null) {
                throw new ValidationException("overrideReason", "contest.assign.conflictNeedsReason",
                        found.stream().map(Conflict::describe).collect(Collectors.joining("; ")));
            }
            long id = insert(tx, applicationId, expertId, purpose, false, found.isEmpty() ? null : reason);
            tx.update(REVIEW).set(REVIEW.ASSIGNED_BY, currentUser()).where(REVIEW.ID.eq(id)).execute();
            return id;
        });
    }

    /**
     * A line of the assignment screen: who reviews what, how the assignment came (automatic, or by hand:
     * by whom, when, over which conflict with which reason) and the expert's conflicts with the
     * application as the registry stands now. {@link #flagged()}: conflicted now without a recorded
     * override — the expert became conflicted after being assigned.
     */
    public record Assignment(long reviewId, long applicationId, int regNumber, String organization, Subsystem subsystem,
                             long expertId, String expert, Purpose purpose, boolean automatic,
                             java.time.OffsetDateTime assignedAt, String assignedBy, String overrideReason,
                             boolean scored, List<Conflict> conflicts) {
        public Assignment {
            conflicts = List.copyOf(conflicts);
        }

        public boolean flagged() {
            return !conflicts.isEmpty() && overrideReason == null;
        }
    }

    public List<Assignment> assignments(long contestId) {
        return assignments(dsl, contestId);
    }

    List<Assignment> assignments(DSLContext tx, long contestId) {
        var rows = tx.select(REVIEW.ID, APPLICATION.ID, APPLICATION.REG_NUMBER, ORGANIZATION.SHORT_NAME,
                        APPLICATION.SUBSYSTEM, PERSON.ID, PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.MIDDLE_NAME,
                        REVIEW.PURPOSE, REVIEW.AUTOMATIC, REVIEW.ASSIGNED_AT, REVIEW.ASSIGNED_BY, REVIEW.OVERRIDE_REASON,
                        REVIEW.SCORED_AT)
                .from(REVIEW).join(APPLICATION).on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(APPLICATION.ORGANIZATION_ID))
                .join(PERSON).on(PERSON.ID.eq(REVIEW.EXPERT_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId))
                .orderBy(APPLICATION.REG_NUMBER, REVIEW.PURPOSE.desc(), PERSON.LAST_NAME).fetch();
        ConflictService.Index index = conflicts.index(tx, contestId,
                rows.stream().map(r -> r.get(PERSON.ID)).collect(Collectors.toSet()));
        return rows.stream().map(r -> new Assignment(r.get(REVIEW.ID), r.get(APPLICATION.ID),
                r.get(APPLICATION.REG_NUMBER), r.get(ORGANIZATION.SHORT_NAME),
                Subsystem.valueOf(r.get(APPLICATION.SUBSYSTEM)), r.get(PERSON.ID),
                ExpertNames.shortName(r.get(PERSON.LAST_NAME), r.get(PERSON.FIRST_NAME), r.get(PERSON.MIDDLE_NAME)),
                Purpose.valueOf(r.get(REVIEW.PURPOSE)), r.get(REVIEW.AUTOMATIC), r.get(REVIEW.ASSIGNED_AT),
                r.get(REVIEW.ASSIGNED_BY), r.get(REVIEW.OVERRIDE_REASON), r.get(REVIEW.SCORED_AT) != null,
                index.conflicts(r.get(PERSON.ID), r.get(APPLICATION.ID)))).toList();
    }

    /** Who assigns by hand: the computer's user name (the program has no accounts of its own). */
    static String currentUser() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? null : name;
    }

    /** The disagreement flag's action: one more unconflicted expert of the group, the least loaded. */
    public long assignOneMore(long applicationId) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            var app = tx.selectFrom(APPLICATION).where(APPLICATION.ID.eq(applicationId)).fetchOne();
            int year = tx.select(CONTEST.ACADEMIC_YEAR).from(CONTEST).where(CONTEST.ID.eq(app.getContestId()))
                    .fetchOne(CONTEST.ACADEMIC_YEAR);
            List<Long> members = ExpertService.group(tx, year, Subsystem.valueOf(app.getSubsystem()))
                    .map(ExpertGroup::memberIds).orElse(List.of());
            ConflictService.Index index = conflicts.index(tx, app.getContestId(), members);
            Set<Long> have = new HashSet<>(tx.select(REVIEW.EXPERT_ID).from(REVIEW)
                    .where(REVIEW.APPLICATION_ID.eq(applicationId).and(REVIEW.PURPOSE.eq(Purpose.REMOTE.name())))
                    .fetch(REVIEW.EXPERT_ID));
            Map<Long, Integer> load = new HashMap<>();
            tx.select(REVIEW.EXPERT_ID).from(REVIEW).join(APPLICATION).on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                    .where(APPLICATION.CONTEST_ID.eq(app.getContestId()).and(REVIEW.PURPOSE.eq(Purpose.REMOTE.name())))
                    .forEach(r -> load.merge(r.value1(), 1, Integer::sum));
            Long best = members.stream().filter(e -> !have.contains(e) && !index.conflicted(e, applicationId))
                    .min(Comparator.<Long>comparingInt(e -> load.getOrDefault(e, 0)).thenComparing(e -> e))
                    .orElseThrow(() -> new UserException("contest.assign.noneLeft"));
            return insert(tx, applicationId, best, Purpose.REMOTE, true, null);
        });
    }

    /**
     * The public defense: every accepted application is scored by its subsystem's group as the jury,
     * conflicted members left out; presentations are ordered by registration number within the subsystem
     * where no order is set yet. Returns the number of jury sheets created.
     */
    public int assignJury(long contestId) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            int year = tx.select(CONTEST.ACADEMIC_YEAR).from(CONTEST).where(CONTEST.ID.eq(contestId))
                    .fetchOne(CONTEST.ACADEMIC_YEAR);
            int created = 0;
            for (Subsystem s : Subsystem.values()) {
                List<Long> jury = ExpertService.group(tx, year, s).map(ExpertGroup::memberIds).orElse(List.of());
                ConflictService.Index index = conflicts.index(tx, contestId, jury);
                var apps = tx.select(APPLICATION.ID, APPLICATION.DEFENSE_POSITION).from(APPLICATION)
                        .where(APPLICATION.CONTEST_ID.eq(contestId).and(APPLICATION.SUBSYSTEM.eq(s.name()))
                                .and(APPLICATION.APP_STATUS.in(ApplicationStatus.ACCEPTED.name(),
                                        ApplicationStatus.DECIDED.name())))
                        .orderBy(APPLICATION.REG_NUMBER).fetch();
                int position = 0;
                for (var app : apps) {
                    position++;
                    if (app.value2() == null) {
                        tx.update(APPLICATION).set(APPLICATION.DEFENSE_POSITION, position)
                                .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1))
                                .where(APPLICATION.ID.eq(app.value1())).execute();
                    }
                    for (long member : jury) {
                        boolean exists = tx.fetchExists(REVIEW, REVIEW.APPLICATION_ID.eq(app.value1())
                                .and(REVIEW.EXPERT_ID.eq(member)).and(REVIEW.PURPOSE.eq(Purpose.DEFENSE.name())));
                        if (!exists && !index.conflicted(member, app.value1())) {
                            insert(tx, app.value1(), member, Purpose.DEFENSE, true, null);
                            created++;
                        }
                    }
                }
            }
            return created;
        });
    }

    /** Withdraws an assignment that has no scores yet. */
    public void unassign(long reviewId) {
        dsl.transaction(t -> {
            if (t.dsl().fetchExists(REVIEW_SCORE, REVIEW_SCORE.REVIEW_ID.eq(reviewId))) {
                throw new UserException("contest.assign.scored");
            }
            t.dsl().deleteFrom(REVIEW).where(REVIEW.ID.eq(reviewId)).execute();
        });
    }

    private static long insert(DSLContext tx, long applicationId, long expertId, Purpose purpose, boolean automatic,
                               String overrideReason) {
        if (tx.fetchExists(REVIEW, REVIEW.APPLICATION_ID.eq(applicationId).and(REVIEW.EXPERT_ID.eq(expertId))
                .and(REVIEW.PURPOSE.eq(purpose.name())))) {
            throw new UserException("contest.assign.already");
        }
        return tx.insertInto(REVIEW).set(REVIEW.APPLICATION_ID, applicationId).set(REVIEW.EXPERT_ID, expertId)
                .set(REVIEW.PURPOSE, purpose.name()).set(REVIEW.AUTOMATIC, automatic)
                .set(REVIEW.OVERRIDE_REASON, overrideReason).set(REVIEW.ASSIGNED_AT, OffsetDateTime.now())
                .returning(REVIEW.ID).fetchOne(REVIEW.ID);
    }

}
