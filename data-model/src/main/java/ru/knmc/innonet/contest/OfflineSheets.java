package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * What the offline expert sheets are written from and what the returned ones change. The workbook
 * itself is the reports module's business; here: one pack per expert, and the check and the
 * all-or-nothing application of the returned sheets against the database.
 */
public final class OfflineSheets {
    private final DSLContext dsl;

    public OfflineSheets(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One review as its sheet shows it. */
    public record Item(long reviewId, int regNumber, String organization, String topic, ScoreSheet current) {
    }

    /** Everything one expert's workbook holds. */
    public record ExpertPack(long contestId, String contestName, long expertId, String expertName, CriteriaSet criteria,
                             String secret, List<Item> items) {
    }

    public List<ExpertPack> packs(long contestId) {
        Contest contest = new ContestService(dsl).get(contestId);
        CriteriaSet set = CriteriaService.set(dsl, contestId, Purpose.REMOTE)
                .orElseThrow(() -> new UserException("contest.criteria.missing", Purpose.REMOTE.displayName()));
        String secret = new ContestService(dsl).sheetSecret(contestId);
        Map<Long, List<Item>> byExpert = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        dsl.select(REVIEW.ID, REVIEW.EXPERT_ID, APPLICATION.REG_NUMBER, ORGANIZATION.SHORT_NAME, APPLICATION.TOPIC,
                        PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.MIDDLE_NAME)
                .from(REVIEW).join(APPLICATION).on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(APPLICATION.ORGANIZATION_ID))
                .join(PERSON).on(PERSON.ID.eq(REVIEW.EXPERT_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId).and(REVIEW.PURPOSE.eq(Purpose.REMOTE.name())))
                .orderBy(PERSON.LAST_NAME, PERSON.ID, APPLICATION.REG_NUMBER)
                .forEach(r -> {
                    names.put(r.value2(), ExpertNames.shortName(r.value6(), r.value7(), r.value8()));
                    byExpert.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(new Item(r.value1(), r.value3(),
                            r.value4(), r.value5(), ReviewService.sheet(dsl, r.value1())));
                });
        List<ExpertPack> out = new ArrayList<>();
        byExpert.forEach((expert, items) -> out.add(new ExpertPack(contestId, contest.displayName(), expert,
                names.get(expert), set, secret, items)));
        return out;
    }

    /** A sheet as read back from a returned workbook, its signature already verified by the reader. */
    public record Returned(String file, String sheet, long contestId, long expertId, long reviewId,
                           List<Long> criterionIds, Map<Long, Integer> scores, String comment, Conclusion conclusion) {
    }

    /** What applying a returned sheet changes: the scores before and after. */
    public record Change(Returned sheet, int regNumber, String expert, Map<Long, Integer> before,
                         Map<Long, Integer> after) {
        public boolean changes() {
            return !before.equals(after);
        }
    }

    /** The refusal of a whole file or sheet, with its reason. */
    public record Refusal(String file, String sheet, String reason) {
        public String describe() {
            return sheet == null ? Messages.get("contest.collect.refusedFile", file, reason)
                    : Messages.get("contest.collect.refusedSheet", file, sheet, reason);
        }
    }

    public record Check(List<Change> changes, List<Refusal> refusals) {
        public boolean acceptable() {
            return refusals.isEmpty() && !changes.isEmpty();
        }
    }

    /** Checks returned sheets against the database: each bad one is refused with its reason. */
    public Check check(long contestId, List<Returned> sheets, List<Refusal> readerRefusals) {
        return check(dsl, contestId, sheets, readerRefusals);
    }

    private static Check check(DSLContext tx, long contestId, List<Returned> sheets, List<Refusal> readerRefusals) {
        List<Refusal> refusals = new ArrayList<>(readerRefusals);
        List<Change> changes = new ArrayList<>();
        CriteriaSet set = CriteriaService.set(tx, contestId, Purpose.REMOTE)
                .orElseThrow(() -> new UserException("contest.criteria.missing", Purpose.REMOTE.displayName()));
        List<Long> expected = set.criteria().stream().map(Criterion::id).toList();
        Map<Long, Criterion> byId = new HashMap<>();
        set.criteria().forEach(c -> byId.put(c.id(), c));
        Set<Long> seen = new HashSet<>();
        for (Returned r : sheets) {
            String problem = null;
            var review = tx.select(REVIEW.EXPERT_ID, APPLICATION.CONTEST_ID, APPLICATION.REG_NUMBER, REVIEW.PURPOSE)
                    .from(REVIEW).join(APPLICATION).on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                    .where(REVIEW.ID.eq(r.reviewId())).fetchOne();
            if (r.contestId() != contestId) {
                problem = Messages.get("contest.collect.otherContest");
            } else if (review == null || !Objects.equals(review.value2(), contestId)) {
                problem = Messages.get("contest.collect.noSuchReview");
            } else if (review.value1() != r.expertId()) {
                problem = Messages.get("contest.collect.otherExpert");
            } else if (!seen.add(r.reviewId())) {
                problem = Messages.get("contest.collect.duplicate");
            } else if (!expected.equals(r.criterionIds())) {
                problem = Messages.get("contest.collect.criteriaChanged");
            } else {
                for (Long id : expected) {
                    Integer s = r.scores().get(id);
                    if (s == null) {
                        problem = Messages.get("contest.collect.missingScore", byId.get(id).title());
                        break;
                    }
                    if (s < 0 || s > byId.get(id).maxScore()) {
                        problem = Messages.get("contest.collect.outOfRange", byId.get(id).title(), s,
                                byId.get(id).maxScore());
                        break;
                    }
                }
            }
            if (problem != null) {
                refusals.add(new Refusal(r.file(), r.sheet(), problem));
                continue;
            }
            ScoreSheet current = ReviewService.sheet(tx, r.reviewId());
            var expert = tx.select(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.MIDDLE_NAME).from(PERSON)
                    .where(PERSON.ID.eq(r.expertId())).fetchOne();
            changes.add(new Change(r, review.value3(), ExpertNames.shortName(expert.value1(), expert.value2(),
                    expert.value3()), current.scores(), r.scores()));
        }
        return new Check(changes, refusals);
    }

    /** Checks again and applies every returned sheet in one transaction; nothing at all when any is refused. */
    public int apply(long contestId, List<Returned> sheets, List<Refusal> readerRefusals) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Check check = check(tx, contestId, sheets, readerRefusals);
            if (!check.refusals().isEmpty()) {
                throw new UserException("contest.collect.refused", check.refusals().size(),
                        check.refusals().get(0).describe());
            }
            for (Change c : check.changes()) {
                ScoreSheet current = ReviewService.sheet(tx, c.sheet().reviewId());
                ReviewService.save(tx, new ScoreSheet(current.reviewId(), current.applicationId(), current.expertId(),
                        current.purpose(), c.sheet().scores(), c.sheet().comment(), c.sheet().conclusion(), true,
                        current.version()));
            }
            return check.changes().size();
        });
    }
}
