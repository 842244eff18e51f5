package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.DECLARED_CONFLICT;
import static ru.knmc.innonet.db.jooq.Tables.EXPERT_GROUP;
import static ru.knmc.innonet.db.jooq.Tables.EXPERT_GROUP_MEMBER;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW_SCORE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.jooq.tables.records.ExpertGroupRecord;

/** Expert groups per subsystem and year, the expert council, and the conflicts experts declare. */
public final class ExpertService {
    static final String COUNCIL = "COUNCIL";
    private final DSLContext dsl;

    public ExpertService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ExpertGroup> group(int academicYear, Subsystem subsystem) {
        return group(dsl, academicYear, subsystem);
    }

    static Optional<ExpertGroup> group(DSLContext tx, int academicYear, Subsystem subsystem) {
        return tx.selectFrom(EXPERT_GROUP).where(EXPERT_GROUP.ACADEMIC_YEAR.eq(academicYear)
                        .and(EXPERT_GROUP.SUBSYSTEM.eq(subsystem == null ? COUNCIL : subsystem.name())))
                .fetchOptional().map(r -> group(tx, r));
    }

    public List<ExpertGroup> groups(int academicYear) {
        return dsl.selectFrom(EXPERT_GROUP).where(EXPERT_GROUP.ACADEMIC_YEAR.eq(academicYear))
                .orderBy(EXPERT_GROUP.ID).fetch(r -> group(dsl, r));
    }

    private static ExpertGroup group(DSLContext tx, ExpertGroupRecord r) {
        List<Long> members = tx.select(EXPERT_GROUP_MEMBER.PERSON_ID).from(EXPERT_GROUP_MEMBER)
                .where(EXPERT_GROUP_MEMBER.GROUP_ID.eq(r.getId())).orderBy(EXPERT_GROUP_MEMBER.PERSON_ID)
                .fetch(EXPERT_GROUP_MEMBER.PERSON_ID);
        return new ExpertGroup(r.getId(), r.getAcademicYear(),
                COUNCIL.equals(r.getSubsystem()) ? null : Subsystem.valueOf(r.getSubsystem()), r.getChairId(), members,
                r.getVersion());
    }

    public ExpertGroup save(ExpertGroup g) {
        if (g.chairId() != null && !g.memberIds().contains(g.chairId())) {
            throw new ValidationException("chairId", "contest.validation.chairNotMember");
        }
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            String sub = g.subsystem() == null ? COUNCIL : g.subsystem().name();
            long id;
            if (g.id() == null) {
                if (tx.fetchExists(EXPERT_GROUP, EXPERT_GROUP.ACADEMIC_YEAR.eq(g.academicYear()).and(EXPERT_GROUP.SUBSYSTEM.eq(sub)))) {
                    throw new UserException("contest.expertGroup.exists");
                }
                id = tx.insertInto(EXPERT_GROUP).set(EXPERT_GROUP.ACADEMIC_YEAR, g.academicYear())
                        .set(EXPERT_GROUP.SUBSYSTEM, sub).set(EXPERT_GROUP.CHAIR_ID, g.chairId())
                        .returning(EXPERT_GROUP.ID).fetchOne(EXPERT_GROUP.ID);
            } else {
                int n = tx.update(EXPERT_GROUP).set(EXPERT_GROUP.CHAIR_ID, g.chairId())
                        .set(EXPERT_GROUP.VERSION, EXPERT_GROUP.VERSION.plus(1))
                        .where(EXPERT_GROUP.ID.eq(g.id()).and(EXPERT_GROUP.VERSION.eq(g.version()))).execute();
                if (n == 0) {
                    throw new ConcurrentEditException(Messages.get("contest.expertGroup.entity"));
                }
                id = g.id();
                tx.deleteFrom(EXPERT_GROUP_MEMBER).where(EXPERT_GROUP_MEMBER.GROUP_ID.eq(id)).execute();
            }
            for (Long p : g.memberIds()) {
                tx.insertInto(EXPERT_GROUP_MEMBER).set(EXPERT_GROUP_MEMBER.GROUP_ID, id)
                        .set(EXPERT_GROUP_MEMBER.PERSON_ID, p).execute();
            }
            return group(tx, tx.selectFrom(EXPERT_GROUP).where(EXPERT_GROUP.ID.eq(id)).fetchOne());
        });
    }

    /**
     * An expert declares a conflict with an application: recorded, and an unscored assignment of that
     * expert to it is withdrawn (a scored one stays, for the council to decide).
     */
    public void declareConflict(long personId, long applicationId, String reason, LocalDate on) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "validation.required", Messages.get("contest.conflict.reason"));
        }
        dsl.transaction(t -> {
            DSLContext tx = t.dsl();
            tx.deleteFrom(DECLARED_CONFLICT).where(DECLARED_CONFLICT.PERSON_ID.eq(personId)
                    .and(DECLARED_CONFLICT.APPLICATION_ID.eq(applicationId))).execute();
            tx.insertInto(DECLARED_CONFLICT).set(DECLARED_CONFLICT.PERSON_ID, personId)
                    .set(DECLARED_CONFLICT.APPLICATION_ID, applicationId).set(DECLARED_CONFLICT.REASON, reason.strip())
                    .set(DECLARED_CONFLICT.DECLARED_ON, on).execute();
            tx.deleteFrom(REVIEW).where(REVIEW.EXPERT_ID.eq(personId).and(REVIEW.APPLICATION_ID.eq(applicationId))
                    .andNotExists(tx.selectOne().from(REVIEW_SCORE).where(REVIEW_SCORE.REVIEW_ID.eq(REVIEW.ID))))
                    .execute();
        });
    }

    /** Withdraws a declared conflict (declared by mistake); the computed ones follow the registry. */
    public void withdrawConflict(long personId, long applicationId) {
        dsl.transaction(t -> t.dsl().deleteFrom(DECLARED_CONFLICT).where(DECLARED_CONFLICT.PERSON_ID.eq(personId)
                .and(DECLARED_CONFLICT.APPLICATION_ID.eq(applicationId))).execute());
    }

    /** Removes a group of a year with its members (the reviews already assigned stay). */
    public void delete(ExpertGroup g) {
        dsl.transaction(t -> {
            int n = t.dsl().deleteFrom(EXPERT_GROUP).where(EXPERT_GROUP.ID.eq(g.id())
                    .and(EXPERT_GROUP.VERSION.eq(g.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("contest.expertGroup.entity"));
            }
        });
    }
}
