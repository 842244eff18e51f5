package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.CONTEST;
import static ru.knmc.innonet.db.jooq.Tables.CRITERIA_SET;
import static ru.knmc.innonet.db.jooq.Tables.CRITERION;
import static ru.knmc.innonet.db.jooq.Tables.CRITERION_GROUP;
import static ru.knmc.innonet.db.jooq.Tables.CRITERION_LEVEL;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW_SCORE;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;

/**
 * Criteria sets of a contest. A set is frozen once any score refers to it: scores entered against a
 * criterion keep their meaning. Next year's contest starts from a copy; a new contest gets the shipped
 * defaults of its kind ({@code contest/default-criteria-KIND.txt}), which the centre edits like any other set.
 */
public final class CriteriaService {
    private static final String DEFAULTS = "/contest/default-criteria-%s.txt";
    private final DSLContext dsl;

    public CriteriaService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<CriteriaSet> set(long contestId, Purpose purpose) {
        return set(dsl, contestId, purpose);
    }

    static Optional<CriteriaSet> set(DSLContext tx, long contestId, Purpose purpose) {
        return tx.selectFrom(CRITERIA_SET).where(CRITERIA_SET.CONTEST_ID.eq(contestId)
                .and(CRITERIA_SET.PURPOSE.eq(purpose.name()))).fetchOptional().map(r -> load(tx, r));
    }

    public CriteriaSet setById(long setId) {
        return load(dsl, dsl.selectFrom(CRITERIA_SET).where(CRITERIA_SET.ID.eq(setId)).fetchOne());
    }

    private static CriteriaSet load(DSLContext tx, Record r) {
        long setId = r.get(CRITERIA_SET.ID);
        List<CriterionGroup> groups = tx.selectFrom(CRITERION_GROUP).where(CRITERION_GROUP.CRITERIA_SET_ID.eq(setId))
                .orderBy(CRITERION_GROUP.SORT_ORDER, CRITERION_GROUP.ID)
                .fetch(g -> new CriterionGroup(g.getId(), setId, g.getTitle(), g.getMaxPoints(), g.getSortOrder(),
                        g.getVersion()));
        Map<Long, Map<Integer, String>> levels = new HashMap<>();
        tx.select(CRITERION_LEVEL.CRITERION_ID, CRITERION_LEVEL.SCORE, CRITERION_LEVEL.DESCRIPTOR)
                .from(CRITERION_LEVEL).join(CRITERION).on(CRITERION.ID.eq(CRITERION_LEVEL.CRITERION_ID))
                .where(CRITERION.CRITERIA_SET_ID.eq(setId))
                .forEach(l -> levels.computeIfAbsent(l.value1(), k -> new HashMap<>()).put(l.value2(), l.value3()));
        List<Criterion> criteria = tx.selectFrom(CRITERION).where(CRITERION.CRITERIA_SET_ID.eq(setId))
                .orderBy(CRITERION.SORT_ORDER, CRITERION.ID)
                .fetch(c -> new Criterion(c.getId(), setId, c.getGroupId(), c.getSortOrder(), c.getTitle(),
                        c.getDescription(), c.getMaxScore(), c.getWeight() == null ? null : c.getWeight().doubleValue(),
                        levels.get(c.getId()), c.getVersion()));
        return new CriteriaSet(setId, r.get(CRITERIA_SET.CONTEST_ID), Purpose.valueOf(r.get(CRITERIA_SET.PURPOSE)),
                r.get(CRITERIA_SET.TITLE), groups, criteria, isFrozen(tx, setId), r.get(CRITERIA_SET.VERSION));
    }

    public boolean isFrozen(long setId) {
        return isFrozen(dsl, setId);
    }

    static boolean isFrozen(DSLContext tx, long setId) {
        return tx.fetchExists(tx.selectOne().from(REVIEW_SCORE).join(CRITERION)
                .on(CRITERION.ID.eq(REVIEW_SCORE.CRITERION_ID)).where(CRITERION.CRITERIA_SET_ID.eq(setId)));
    }

    public long createSet(long contestId, Purpose purpose, String title) {
        return dsl.transactionResult(t -> createSet(t.dsl(), contestId, purpose, title));
    }

    static long createSet(DSLContext tx, long contestId, Purpose purpose, String title) {
        if (tx.fetchExists(CRITERIA_SET, CRITERIA_SET.CONTEST_ID.eq(contestId).and(CRITERIA_SET.PURPOSE.eq(purpose.name())))) {
            throw new UserException("contest.criteria.exists", purpose.displayName());
        }
        return tx.insertInto(CRITERIA_SET).set(CRITERIA_SET.CONTEST_ID, contestId)
                .set(CRITERIA_SET.PURPOSE, purpose.name()).set(CRITERIA_SET.TITLE, title)
                .returning(CRITERIA_SET.ID).fetchOne(CRITERIA_SET.ID);
    }

    public CriterionGroup saveGroup(CriterionGroup g) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            refuseFrozen(tx, g.setId());
            if (g.title() == null || g.title().isBlank()) {
                throw new ValidationException("title", "validation.required", Messages.get("contest.field.groupTitle"));
            }
            long id;
            if (g.id() == null) {
                id = tx.insertInto(CRITERION_GROUP).set(CRITERION_GROUP.CRITERIA_SET_ID, g.setId())
                        .set(CRITERION_GROUP.TITLE, g.title().strip()).set(CRITERION_GROUP.MAX_POINTS, g.maxPoints())
                        .set(CRITERION_GROUP.SORT_ORDER, g.sortOrder()).returning(CRITERION_GROUP.ID)
                        .fetchOne(CRITERION_GROUP.ID);
            } else {
                int n = tx.update(CRITERION_GROUP).set(CRITERION_GROUP.TITLE, g.title().strip())
                        .set(CRITERION_GROUP.MAX_POINTS, g.maxPoints()).set(CRITERION_GROUP.SORT_ORDER, g.sortOrder())
                        .set(CRITERION_GROUP.VERSION, CRITERION_GROUP.VERSION.plus(1))
                        .where(CRITERION_GROUP.ID.eq(g.id()).and(CRITERION_GROUP.VERSION.eq(g.version()))).execute();
                if (n == 0) {
                    throw new ConcurrentEditException(Messages.get("contest.field.groupTitle"));
                }
                id = g.id();
            }
            checkGroupMaximum(tx, id, null);
            var r = tx.selectFrom(CRITERION_GROUP).where(CRITERION_GROUP.ID.eq(id)).fetchOne();
            return new CriterionGroup(id, g.setId(), r.getTitle(), r.getMaxPoints(), r.getSortOrder(), r.getVersion());
        });
    }

    /** Saves a criterion with its descriptors; refused once the set is frozen. */
    public Criterion saveCriterion(Criterion c) {
        return dsl.transactionResult(t -> saveCriterion(t.dsl(), c));
    }

    static Criterion saveCriterion(DSLContext tx, Criterion c) {
        refuseFrozen(tx, c.setId());
        if (c.title() == null || c.title().isBlank()) {
            throw new ValidationException("title", "validation.required", Messages.get("contest.field.criterion"));
        }
        if (c.maxScore() < 1 || c.maxScore() > 100) {
            throw new ValidationException("maxScore", "contest.validation.maxScore");
        }
        if (c.weight() != null && c.weight() <= 0) {
            throw new ValidationException("weight", "contest.validation.weight");
        }
        for (int score : c.levels().keySet()) {
            if (score < 0 || score > c.maxScore()) {
                throw new ValidationException("levels", "contest.validation.levelRange", score, c.maxScore());
            }
        }
        BigDecimal weight = c.weight() == null ? null : BigDecimal.valueOf(c.weight());
        long id;
        if (c.id() == null) {
            id = tx.insertInto(CRITERION).set(CRITERION.CRITERIA_SET_ID, c.setId()).set(CRITERION.GROUP_ID, c.groupId())
                    .set(CRITERION.SORT_ORDER, c.sortOrder()).set(CRITERION.TITLE, c.title().strip())
                    .set(CRITERION.DESCRIPTION, c.description()).set(CRITERION.MAX_SCORE, c.maxScore())
                    .set(CRITERION.WEIGHT, weight).returning(CRITERION.ID).fetchOne(CRITERION.ID);
        } else {
            int n = tx.update(CRITERION).set(CRITERION.GROUP_ID, c.groupId()).set(CRITERION.SORT_ORDER, c.sortOrder())
                    .set(CRITERION.TITLE, c.title().strip()).set(CRITERION.DESCRIPTION, c.description())
                    .set(CRITERION.MAX_SCORE, c.maxScore()).set(CRITERION.WEIGHT, weight)
                    .set(CRITERION.VERSION, CRITERION.VERSION.plus(1))
                    .where(CRITERION.ID.eq(c.id()).and(CRITERION.VERSION.eq(c.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("contest.field.criterion"));
            }
            id = c.id();
            tx.deleteFrom(CRITERION_LEVEL).where(CRITERION_LEVEL.CRITERION_ID.eq(id)).execute();
        }
        for (var e : c.levels().entrySet()) {
            tx.insertInto(CRITERION_LEVEL).set(CRITERION_LEVEL.CRITERION_ID, id).set(CRITERION_LEVEL.SCORE, e.getKey())
                    .set(CRITERION_LEVEL.DESCRIPTOR, e.getValue()).execute();
        }
        if (c.groupId() != null) {
            checkGroupMaximum(tx, c.groupId(), c.title());
        }
        var r = tx.selectFrom(CRITERION).where(CRITERION.ID.eq(id)).fetchOne();
        return new Criterion(id, c.setId(), c.groupId(), c.sortOrder(), c.title().strip(), c.description(),
                c.maxScore(), c.weight(), c.levels(), r.getVersion());
    }

    public void deleteCriterion(Criterion c) {
        dsl.transaction(t -> {
            refuseFrozen(t.dsl(), c.setId());
            t.dsl().deleteFrom(CRITERION).where(CRITERION.ID.eq(c.id()).and(CRITERION.VERSION.eq(c.version()))).execute();
        });
    }

    private static void checkGroupMaximum(DSLContext tx, long groupId, String criterion) {
        var g = tx.selectFrom(CRITERION_GROUP).where(CRITERION_GROUP.ID.eq(groupId)).fetchOne();
        if (g == null || g.getMaxPoints() == null) {
            return;
        }
        int sum = tx.select(CRITERION.MAX_SCORE).from(CRITERION).where(CRITERION.GROUP_ID.eq(groupId))
                .fetch(CRITERION.MAX_SCORE).stream().mapToInt(Integer::intValue).sum();
        if (sum > g.getMaxPoints()) {
            throw new ValidationException("maxScore", "contest.validation.groupMax", g.getTitle(), g.getMaxPoints(), sum);
        }
    }

    private static void refuseFrozen(DSLContext tx, long setId) {
        if (isFrozen(tx, setId)) {
            throw new UserException("contest.criteria.frozen");
        }
    }

    /** Gives a contest the shipped default criteria of its kind for the remote expertise and the defense. */
    public void installDefaults(long contestId) {
        dsl.transaction(t -> installDefaults(t.dsl(), contestId));
    }

    static void installDefaults(DSLContext tx, long contestId) {
        ContestKind kind = ContestKind.valueOf(tx.select(CONTEST.CONTEST_KIND).from(CONTEST)
                .where(CONTEST.ID.eq(contestId)).fetchOne(CONTEST.CONTEST_KIND));
        Map<Purpose, Long> sets = new LinkedHashMap<>();
        int order = 0;
        for (String[] line : defaults(kind)) {
            Purpose purpose = Purpose.valueOf(line[0]);
            long setId = sets.computeIfAbsent(purpose,
                    p -> createSet(tx, contestId, p, Messages.get(kind == ContestKind.PROJECT
                            ? "contest.criteria.defaultTitle." + p.name()
                            : "contest.criteria.kindTitle." + kind.name() + "." + p.name())));
            int max = Integer.parseInt(line[3]);
            Map<Integer, String> levels = new HashMap<>();
            for (int s = 0; s <= max && 4 + s < line.length; s++) {
                levels.put(s, line[4 + s]);
            }
            saveCriterion(tx, new Criterion(null, setId, null, ++order, line[1], line[2], max, null, levels, 0));
        }
    }

    /**
     * Replaces the contest's sets by the shipped defaults of its kind; refused when a set is frozen.
     */
    public void replaceWithDefaults(long contestId) {
        dsl.transaction(t -> {
            dropSets(t.dsl(), contestId);
            installDefaults(t.dsl(), contestId);
        });
    }

    /**
     * «Создать на основе прошлого конкурса»: replaces the contest's sets by a copy of those of the latest
     * earlier contest of the same kind, and returns that contest; refused when a set here is frozen or
     * when there is no earlier contest.
     */
    public Contest replaceWithPrevious(long contestId) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Contest previous = previous(tx, contestId)
                    .orElseThrow(() -> new UserException("contest.criteria.noPrevious"));
            dropSets(tx, contestId);
            copy(tx, previous.id(), contestId);
            return previous;
        });
    }

    /** The latest contest of the same kind announced before this one (by year, then by record number). */
    public Optional<Contest> previous(long contestId) {
        return previous(dsl, contestId);
    }

    static Optional<Contest> previous(DSLContext tx, long contestId) {
        var c = tx.selectFrom(CONTEST).where(CONTEST.ID.eq(contestId)).fetchOne();
        return tx.selectFrom(CONTEST).where(CONTEST.CONTEST_KIND.eq(c.getContestKind()).and(CONTEST.ID.ne(contestId))
                        .and(CONTEST.ACADEMIC_YEAR.lt(c.getAcademicYear())
                                .or(CONTEST.ACADEMIC_YEAR.eq(c.getAcademicYear()).and(CONTEST.ID.lt(contestId)))))
                .orderBy(CONTEST.ACADEMIC_YEAR.desc(), CONTEST.ID.desc()).limit(1).fetchOptional(ContestService::contest);
    }

    static void dropSets(DSLContext tx, long contestId) {
        List<Long> ids = tx.select(CRITERIA_SET.ID).from(CRITERIA_SET).where(CRITERIA_SET.CONTEST_ID.eq(contestId))
                .fetch(CRITERIA_SET.ID);
        for (long id : ids) {
            refuseFrozen(tx, id);
        }
        tx.deleteFrom(CRITERION).where(CRITERION.CRITERIA_SET_ID.in(ids)).execute();
        tx.deleteFrom(CRITERION_GROUP).where(CRITERION_GROUP.CRITERIA_SET_ID.in(ids)).execute();
        tx.deleteFrom(CRITERIA_SET).where(CRITERIA_SET.ID.in(ids)).execute();
    }

    /** Removes a group; its criteria stay in the set, ungrouped. */
    public void deleteGroup(CriterionGroup g) {
        dsl.transaction(t -> {
            DSLContext tx = t.dsl();
            refuseFrozen(tx, g.setId());
            tx.update(CRITERION).setNull(CRITERION.GROUP_ID).set(CRITERION.VERSION, CRITERION.VERSION.plus(1))
                    .where(CRITERION.GROUP_ID.eq(g.id())).execute();
            int n = tx.deleteFrom(CRITERION_GROUP).where(CRITERION_GROUP.ID.eq(g.id())
                    .and(CRITERION_GROUP.VERSION.eq(g.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("contest.field.groupTitle"));
            }
        });
    }

    /** Moves a criterion {@code delta} places up (negative) or down in its set; the order is renumbered 1..n. */
    public void move(Criterion c, int delta) {
        dsl.transaction(t -> {
            DSLContext tx = t.dsl();
            refuseFrozen(tx, c.setId());
            List<Long> order = new ArrayList<>(tx.select(CRITERION.ID).from(CRITERION)
                    .where(CRITERION.CRITERIA_SET_ID.eq(c.setId())).orderBy(CRITERION.SORT_ORDER, CRITERION.ID)
                    .fetch(CRITERION.ID));
            int from = order.indexOf(c.id());
            if (from < 0) {
                throw new ConcurrentEditException(Messages.get("contest.field.criterion"));
            }
            int to = Math.max(0, Math.min(order.size() - 1, from + delta));
            order.add(to, order.remove(from));
            for (int i = 0; i < order.size(); i++) {
                tx.update(CRITERION).set(CRITERION.SORT_ORDER, i + 1).set(CRITERION.VERSION, CRITERION.VERSION.plus(1))
                        .where(CRITERION.ID.eq(order.get(i))).execute();
            }
        });
    }

    /** How many expert sheets hold a score against the set: why it is frozen. */
    public int scoredSheets(long setId) {
        return dsl.fetchCount(dsl.selectDistinct(REVIEW_SCORE.REVIEW_ID).from(REVIEW_SCORE).join(CRITERION)
                .on(CRITERION.ID.eq(REVIEW_SCORE.CRITERION_ID)).where(CRITERION.CRITERIA_SET_ID.eq(setId)));
    }

    private static List<String[]> defaults(ContestKind kind) {
        String name = String.format(DEFAULTS, kind.name());
        var in = CriteriaService.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing");
        }
        List<String[]> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\\|", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Copies both sets of {@code fromContestId} into {@code toContestId}, unfrozen, with groups and descriptors. */
    public void copy(long fromContestId, long toContestId) {
        dsl.transaction(t -> copy(t.dsl(), fromContestId, toContestId));
    }

    static void copy(DSLContext tx, long fromContestId, long toContestId) {
        {
            for (Purpose p : Purpose.values()) {
                Optional<CriteriaSet> from = set(tx, fromContestId, p);
                if (from.isEmpty()) {
                    continue;
                }
                long setId = createSet(tx, toContestId, p, from.get().title());
                Map<Long, Long> groups = new HashMap<>();
                for (CriterionGroup g : from.get().groups()) {
                    groups.put(g.id(), tx.insertInto(CRITERION_GROUP).set(CRITERION_GROUP.CRITERIA_SET_ID, setId)
                            .set(CRITERION_GROUP.TITLE, g.title()).set(CRITERION_GROUP.MAX_POINTS, g.maxPoints())
                            .set(CRITERION_GROUP.SORT_ORDER, g.sortOrder()).returning(CRITERION_GROUP.ID)
                            .fetchOne(CRITERION_GROUP.ID));
                }
                for (Criterion c : from.get().criteria()) {
                    saveCriterion(tx, new Criterion(null, setId, c.groupId() == null ? null : groups.get(c.groupId()),
                            c.sortOrder(), c.title(), c.description(), c.maxScore(), c.weight(), c.levels(), 0));
                }
            }
        }
    }
}
