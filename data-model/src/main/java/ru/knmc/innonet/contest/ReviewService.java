package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW_SCORE;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.jooq.tables.records.ReviewRecord;

/**
 * Reviews and their score sheets. Saving checks the version, so that two windows saving the same sheet
 * never overwrite each other silently, and every score against its criterion's scale.
 */
public final class ReviewService {
    private final DSLContext dsl;

    public ReviewService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A line of the contest's list of reviews. */
    public record Row(long reviewId, long applicationId, int regNumber, String organization, Subsystem subsystem,
                      long expertId, String expert, Purpose purpose, boolean scored, String overrideReason) {
    }

    public List<Row> list(long contestId) {
        return dsl.select(REVIEW.ID, APPLICATION.ID, APPLICATION.REG_NUMBER, ORGANIZATION.SHORT_NAME,
                        APPLICATION.SUBSYSTEM, PERSON.ID, PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.MIDDLE_NAME,
                        REVIEW.PURPOSE, REVIEW.SCORED_AT, REVIEW.OVERRIDE_REASON)
                .from(REVIEW).join(APPLICATION).on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(APPLICATION.ORGANIZATION_ID))
                .join(PERSON).on(PERSON.ID.eq(REVIEW.EXPERT_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId))
                .orderBy(APPLICATION.REG_NUMBER, REVIEW.PURPOSE.desc(), PERSON.LAST_NAME)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), Subsystem.valueOf(r.value5()),
                        r.value6(), ExpertNames.shortName(r.value7(), r.value8(), r.value9()),
                        Purpose.valueOf(r.value10()), r.value11() != null, r.value12()));
    }

    public ScoreSheet sheet(long reviewId) {
        return sheet(dsl, reviewId);
    }

    static ScoreSheet sheet(DSLContext tx, long reviewId) {
        ReviewRecord r = tx.selectFrom(REVIEW).where(REVIEW.ID.eq(reviewId)).fetchOne();
        if (r == null) {
            throw new UserException("contest.review.notFound", reviewId);
        }
        Map<Long, Integer> scores = new HashMap<>();
        tx.select(REVIEW_SCORE.CRITERION_ID, REVIEW_SCORE.SCORE).from(REVIEW_SCORE)
                .where(REVIEW_SCORE.REVIEW_ID.eq(reviewId)).forEach(s -> scores.put(s.value1(), s.value2()));
        return new ScoreSheet(reviewId, r.getApplicationId(), r.getExpertId(), Purpose.valueOf(r.getPurpose()), scores,
                r.getCommentText(), r.getConclusion() == null ? null : Conclusion.valueOf(r.getConclusion()),
                r.getNoConflict(), r.getVersion());
    }

    /** The criteria the sheet is scored against: the contest's set for the review's purpose. */
    public CriteriaSet criteriaFor(ScoreSheet sheet) {
        return criteriaFor(dsl, sheet);
    }

    static CriteriaSet criteriaFor(DSLContext tx, ScoreSheet sheet) {
        long contestId = tx.select(APPLICATION.CONTEST_ID).from(APPLICATION).where(APPLICATION.ID.eq(sheet.applicationId()))
                .fetchOne(APPLICATION.CONTEST_ID);
        return CriteriaService.set(tx, contestId, sheet.purpose())
                .orElseThrow(() -> new UserException("contest.criteria.missing", sheet.purpose().displayName()));
    }

    public ScoreSheet save(ScoreSheet sheet) {
        return dsl.transactionResult(t -> save(t.dsl(), sheet));
    }

    static ScoreSheet save(DSLContext tx, ScoreSheet sheet) {
        CriteriaSet set = criteriaFor(tx, sheet);
        Map<Long, Criterion> byId = new HashMap<>();
        set.criteria().forEach(c -> byId.put(c.id(), c));
        for (var e : sheet.scores().entrySet()) {
            Criterion c = byId.get(e.getKey());
            if (c == null) {
                throw new UserException("contest.score.foreignCriterion", e.getKey());
            }
            if (e.getValue() < 0 || e.getValue() > c.maxScore()) {
                throw new ValidationException("scores", "contest.score.range", c.title(), e.getValue(), c.maxScore());
            }
        }
        int n = tx.update(REVIEW).set(REVIEW.COMMENT_TEXT, sheet.comment()).set(REVIEW.CONCLUSION,
                        sheet.conclusion() == null ? null : sheet.conclusion().name())
                .set(REVIEW.NO_CONFLICT, sheet.noConflict())
                .set(REVIEW.SCORED_AT, sheet.scores().isEmpty() ? null : OffsetDateTime.now())
                .set(REVIEW.VERSION, REVIEW.VERSION.plus(1))
                .where(REVIEW.ID.eq(sheet.reviewId()).and(REVIEW.VERSION.eq(sheet.version()))).execute();
        if (n == 0) {
            throw new ConcurrentEditException(Messages.get("contest.review.entity"));
        }
        tx.deleteFrom(REVIEW_SCORE).where(REVIEW_SCORE.REVIEW_ID.eq(sheet.reviewId())).execute();
        for (var e : sheet.scores().entrySet()) {
            tx.insertInto(REVIEW_SCORE).set(REVIEW_SCORE.REVIEW_ID, sheet.reviewId())
                    .set(REVIEW_SCORE.CRITERION_ID, e.getKey()).set(REVIEW_SCORE.SCORE, e.getValue()).execute();
        }
        return sheet(tx, sheet.reviewId());
    }
}
