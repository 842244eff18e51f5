package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.CONTEST;
import static ru.knmc.innonet.db.jooq.Tables.CONTEST_STAGE;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;

/** Announcing a contest, its settings and its stages; the stages that are due. */
public final class ContestService {
    private static final Pattern ROMAN = Pattern.compile("^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final DSLContext dsl;

    public ContestService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Contest> list() {
        return dsl.selectFrom(CONTEST).orderBy(CONTEST.ACADEMIC_YEAR.desc(), CONTEST.ID.desc()).fetch(ContestService::contest);
    }

    public Optional<Contest> find(long id) {
        return dsl.selectFrom(CONTEST).where(CONTEST.ID.eq(id)).fetchOptional(ContestService::contest);
    }

    public Contest get(long id) {
        return find(id).orElseThrow(() -> new ru.knmc.innonet.common.UserException("contest.error.notFound", id));
    }

    /**
     * Announces a new contest: saved with the criteria of the latest earlier contest of its kind (next
     * year starts from a copy), or with the shipped defaults when there is none.
     */
    public Contest announce(Contest c) {
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            Contest saved = save(tx, c);
            Optional<Contest> previous = tx.selectFrom(CONTEST).where(CONTEST.CONTEST_KIND.eq(c.kind().name())
                            .and(CONTEST.ID.ne(saved.id())).and(CONTEST.ACADEMIC_YEAR.le(c.academicYear())))
                    .orderBy(CONTEST.ACADEMIC_YEAR.desc(), CONTEST.ID.desc()).limit(1).fetchOptional(ContestService::contest);
            if (previous.isPresent()) {
                CriteriaService.copy(tx, previous.get().id(), saved.id());
            } else {
                CriteriaService.installDefaults(tx, saved.id());
            }
            return saved;
        });
    }

    public Contest save(Contest c) {
        return dsl.transactionResult(t -> save(t.dsl(), c));
    }

    static Contest save(DSLContext tx, Contest c) {
        validate(c);
        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(CONTEST.ROMAN_NUMBER, c.romanNumber().strip());
        values.put(CONTEST.ACADEMIC_YEAR, c.academicYear());
        values.put(CONTEST.CONTEST_KIND, c.kind().name());
        values.put(CONTEST.TITLE, c.title().strip());
        values.put(CONTEST.ORDER_ID, c.orderId());
        values.put(CONTEST.THRESHOLD, c.threshold() == null ? null : BigDecimal.valueOf(c.threshold()));
        values.put(CONTEST.WINNERS_PER_SUBSYSTEM, c.winnersPerSubsystem());
        values.put(CONTEST.EXPERTS_PER_APPLICATION, c.expertsPerApplication());
        values.put(CONTEST.DISAGREEMENT_SHARE, BigDecimal.valueOf(c.disagreementShare()));
        values.put(CONTEST.REMOTE_WEIGHT, BigDecimal.valueOf(c.remoteWeight()));
        values.put(CONTEST.DEFENSE_WEIGHT, BigDecimal.valueOf(c.defenseWeight()));
        values.put(CONTEST.RESULT_ORDER_ID, c.resultOrderId());
        long id;
        if (c.id() == null) {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            values.put(CONTEST.SHEET_SECRET, HexFormat.of().formatHex(secret));
            id = tx.insertInto(CONTEST).set(values).returning(CONTEST.ID).fetchOne(CONTEST.ID);
        } else {
            String kindBefore = tx.select(CONTEST.CONTEST_KIND).from(CONTEST).where(CONTEST.ID.eq(c.id()))
                    .fetchOne(CONTEST.CONTEST_KIND);
            if (kindBefore != null && !kindBefore.equals(c.kind().name())
                    && tx.fetchExists(APPLICATION, APPLICATION.CONTEST_ID.eq(c.id()))) {
                throw new ValidationException("kind", "contest.setup.kindLocked");
            }
            values.put(CONTEST.VERSION, CONTEST.VERSION.plus(1));
            int n = tx.update(CONTEST).set(values).where(CONTEST.ID.eq(c.id()).and(CONTEST.VERSION.eq(c.version())))
                    .execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("contest.entity"));
            }
            id = c.id();
            if (kindBefore != null && !kindBefore.equals(c.kind().name())) {
                // Another kind evaluates by other criteria: its defaults replace the unused ones.
                CriteriaService.dropSets(tx, id);
                CriteriaService.installDefaults(tx, id);
            }
        }
        return tx.selectFrom(CONTEST).where(CONTEST.ID.eq(id)).fetchOne(ContestService::contest);
    }

    private static void validate(Contest c) {
        if (c.romanNumber() == null || !ROMAN.matcher(c.romanNumber().strip()).matches()) {
            throw new ValidationException("romanNumber", "contest.validation.roman");
        }
        if (c.academicYear() < 1990 || c.academicYear() > 2100) {
            throw new ValidationException("academicYear", "contest.setup.yearRange");
        }
        if (c.kind() == null) {
            throw new ValidationException("kind", "validation.required", Messages.get("contest.setup.kind"));
        }
        if (c.title() == null || c.title().isBlank()) {
            throw new ValidationException("title", "validation.required", Messages.get("contest.field.title"));
        }
        if (c.threshold() != null && c.threshold() < 0) {
            throw new ValidationException("threshold", "contest.validation.threshold");
        }
        if (c.winnersPerSubsystem() != null && c.winnersPerSubsystem() < 1) {
            throw new ValidationException("winnersPerSubsystem", "contest.validation.winners");
        }
        if (c.expertsPerApplication() < 1 || c.expertsPerApplication() > 20) {
            throw new ValidationException("expertsPerApplication", "contest.validation.experts");
        }
        if (c.disagreementShare() <= 0 || c.disagreementShare() > 1) {
            throw new ValidationException("disagreementShare", "contest.validation.share");
        }
        if (c.remoteWeight() < 0 || c.defenseWeight() < 0 || c.remoteWeight() + c.defenseWeight() <= 0) {
            throw new ValidationException("remoteWeight", "contest.validation.weights");
        }
    }

    /** The key that signs this contest's offline sheets; never leaves the database but inside a checksum. */
    public String sheetSecret(long contestId) {
        return dsl.select(CONTEST.SHEET_SECRET).from(CONTEST).where(CONTEST.ID.eq(contestId)).fetchOne(CONTEST.SHEET_SECRET);
    }

    public List<ContestStage> stages(long contestId) {
        return dsl.selectFrom(CONTEST_STAGE).where(CONTEST_STAGE.CONTEST_ID.eq(contestId))
                .orderBy(CONTEST_STAGE.END_DATE, CONTEST_STAGE.ID).fetch(ContestService::stage);
    }

    public ContestStage saveStage(ContestStage s) {
        if (s.kind() == null) {
            throw new ValidationException("kind", "validation.required", Messages.get("contest.field.stage"));
        }
        if (s.end() == null) {
            throw new ValidationException("end", "validation.required", Messages.get("contest.field.stageEnd"));
        }
        if (s.start() != null && s.start().isAfter(s.end())) {
            throw new ValidationException("end", "contest.validation.stageDates");
        }
        if (s.subsystem() != null && s.kind() != StageKind.DEFENSE) {
            throw new ValidationException("subsystem", "contest.setup.stage.subsystemOnlyDefense");
        }
        return dsl.transactionResult(t -> {
            DSLContext tx = t.dsl();
            long id;
            if (s.id() == null) {
                id = tx.insertInto(CONTEST_STAGE).set(CONTEST_STAGE.CONTEST_ID, s.contestId())
                        .set(CONTEST_STAGE.STAGE_KIND, s.kind().name())
                        .set(CONTEST_STAGE.SUBSYSTEM, s.subsystem() == null ? null : s.subsystem().name())
                        .set(CONTEST_STAGE.START_DATE, s.start()).set(CONTEST_STAGE.END_DATE, s.end())
                        .set(CONTEST_STAGE.DONE, s.done()).returning(CONTEST_STAGE.ID).fetchOne(CONTEST_STAGE.ID);
            } else {
                int n = tx.update(CONTEST_STAGE).set(CONTEST_STAGE.STAGE_KIND, s.kind().name())
                        .set(CONTEST_STAGE.SUBSYSTEM, s.subsystem() == null ? null : s.subsystem().name())
                        .set(CONTEST_STAGE.START_DATE, s.start()).set(CONTEST_STAGE.END_DATE, s.end())
                        .set(CONTEST_STAGE.DONE, s.done()).set(CONTEST_STAGE.VERSION, CONTEST_STAGE.VERSION.plus(1))
                        .where(CONTEST_STAGE.ID.eq(s.id()).and(CONTEST_STAGE.VERSION.eq(s.version()))).execute();
                if (n == 0) {
                    throw new ConcurrentEditException(Messages.get("contest.field.stage"));
                }
                id = s.id();
            }
            return tx.selectFrom(CONTEST_STAGE).where(CONTEST_STAGE.ID.eq(id)).fetchOne(ContestService::stage);
        });
    }

    /** Removes a stage (its reminder goes with it). */
    public void deleteStage(ContestStage s) {
        dsl.transaction(t -> {
            int n = t.dsl().deleteFrom(CONTEST_STAGE).where(CONTEST_STAGE.ID.eq(s.id())
                    .and(CONTEST_STAGE.VERSION.eq(s.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("contest.field.stage"));
            }
        });
    }

    /**
     * Removes a contest that has no applications yet (one announced by mistake), with its stages and
     * criteria; a contest with applications is kept, its history belongs to the registry.
     */
    public void delete(Contest c) {
        dsl.transaction(t -> {
            DSLContext tx = t.dsl();
            int apps = tx.fetchCount(APPLICATION, APPLICATION.CONTEST_ID.eq(c.id()));
            if (apps > 0) {
                throw new UserException("contest.setup.deleteHasApplications", c.romanNumber(), apps);
            }
            CriteriaService.dropSets(tx, c.id());
            int n = tx.deleteFrom(CONTEST).where(CONTEST.ID.eq(c.id()).and(CONTEST.VERSION.eq(c.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("contest.entity"));
            }
        });
    }

    /** A stage not yet done whose deadline is past or within {@code soonDays} of {@code today}. */
    public record DueStage(Contest contest, ContestStage stage, boolean overdue) {
    }

    public List<DueStage> dueStages(LocalDate today, int soonDays) {
        return dsl.select().from(CONTEST_STAGE).join(CONTEST).on(CONTEST.ID.eq(CONTEST_STAGE.CONTEST_ID))
                .where(CONTEST_STAGE.DONE.isFalse().and(CONTEST_STAGE.END_DATE.le(today.plusDays(soonDays))))
                .orderBy(CONTEST_STAGE.END_DATE)
                .fetch(r -> {
                    ContestStage s = stage(r.into(CONTEST_STAGE));
                    return new DueStage(contest(r.into(CONTEST)), s, s.end().isBefore(today));
                });
    }

    static Contest contest(Record r) {
        BigDecimal t = r.get(CONTEST.THRESHOLD);
        return new Contest(r.get(CONTEST.ID), r.get(CONTEST.ROMAN_NUMBER), r.get(CONTEST.ACADEMIC_YEAR),
                ContestKind.valueOf(r.get(CONTEST.CONTEST_KIND)), r.get(CONTEST.TITLE), r.get(CONTEST.ORDER_ID),
                t == null ? null : t.doubleValue(), r.get(CONTEST.WINNERS_PER_SUBSYSTEM),
                r.get(CONTEST.EXPERTS_PER_APPLICATION), r.get(CONTEST.DISAGREEMENT_SHARE).doubleValue(),
                r.get(CONTEST.REMOTE_WEIGHT).doubleValue(), r.get(CONTEST.DEFENSE_WEIGHT).doubleValue(),
                r.get(CONTEST.RESULT_ORDER_ID), r.get(CONTEST.VERSION));
    }

    static ContestStage stage(Record r) {
        String sub = r.get(CONTEST_STAGE.SUBSYSTEM);
        return new ContestStage(r.get(CONTEST_STAGE.ID), r.get(CONTEST_STAGE.CONTEST_ID),
                StageKind.valueOf(r.get(CONTEST_STAGE.STAGE_KIND)), sub == null ? null : Subsystem.valueOf(sub),
                r.get(CONTEST_STAGE.START_DATE), r.get(CONTEST_STAGE.END_DATE), r.get(CONTEST_STAGE.DONE),
                r.get(CONTEST_STAGE.VERSION));
    }
}
