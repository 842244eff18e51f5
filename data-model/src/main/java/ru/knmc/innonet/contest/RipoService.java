package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.RIPO_MATERIAL;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/**
 * The RIPO bank. A material whose author text is less than {@value #MIN_ORIGINALITY} % original does not
 * go to the experts: it cannot get a conclusion. Counts of positive conclusions by subsystem and year
 * feed the annual report.
 */
public final class RipoService {
    public static final int MIN_ORIGINALITY = 50;
    private final DSLContext dsl;

    public RipoService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RipoMaterial> list(int calendarYear) {
        return dsl.selectFrom(RIPO_MATERIAL).where(RIPO_MATERIAL.CALENDAR_YEAR.eq(calendarYear))
                .orderBy(RIPO_MATERIAL.ID)
                .fetch(r -> new RipoMaterial(r.getId(), r.getTitle(), r.getAuthors(), r.getOrganizationId(),
                        Subsystem.valueOf(r.getSubsystem()), r.getCalendarYear(),
                        r.getOriginality() == null ? null : r.getOriginality().doubleValue(),
                        r.getConclusion() == null ? null : RipoConclusion.valueOf(r.getConclusion()),
                        r.getIncludedOn(), r.getFilePath(), r.getVersion())).stream()
                .sorted(java.util.Comparator.comparing(RipoMaterial::subsystem)).toList();
    }

    public long save(RipoMaterial m) {
        return dsl.transactionResult(t -> save(t.dsl(), m));
    }

    public static long save(DSLContext tx, RipoMaterial m) {
        if (m.title() == null || m.title().isBlank()) {
            throw new ValidationException("title", "validation.required", Messages.get("contest.ripo.title"));
        }
        if (m.authors() == null || m.authors().isBlank()) {
            throw new ValidationException("authors", "validation.required", Messages.get("contest.ripo.authors"));
        }
        if (m.subsystem() == null) {
            throw new ValidationException("subsystem", "validation.required", Messages.get("contest.field.subsystem"));
        }
        if (m.originality() != null && (m.originality() < 0 || m.originality() > 100)) {
            throw new ValidationException("originality", "contest.ripo.originalityRange");
        }
        if (m.conclusion() != null && (m.originality() == null || m.originality() < MIN_ORIGINALITY)) {
            throw new ValidationException("originality", "contest.ripo.tooLittleOriginal", MIN_ORIGINALITY);
        }
        if (m.includedOn() != null && m.conclusion() != RipoConclusion.POSITIVE) {
            throw new ValidationException("includedOn", "contest.ripo.includedNeedsPositive");
        }
        var v = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        v.put(RIPO_MATERIAL.TITLE, m.title().strip());
        v.put(RIPO_MATERIAL.AUTHORS, m.authors().strip());
        v.put(RIPO_MATERIAL.ORGANIZATION_ID, m.organizationId());
        v.put(RIPO_MATERIAL.SUBSYSTEM, m.subsystem().name());
        v.put(RIPO_MATERIAL.CALENDAR_YEAR, m.calendarYear());
        v.put(RIPO_MATERIAL.ORIGINALITY, m.originality() == null ? null : BigDecimal.valueOf(m.originality()));
        v.put(RIPO_MATERIAL.CONCLUSION, m.conclusion() == null ? null : m.conclusion().name());
        v.put(RIPO_MATERIAL.INCLUDED_ON, m.includedOn());
        v.put(RIPO_MATERIAL.FILE_PATH, m.filePath());
        if (m.id() == null) {
            return tx.insertInto(RIPO_MATERIAL).set(v).returning(RIPO_MATERIAL.ID).fetchOne(RIPO_MATERIAL.ID);
        }
        v.put(RIPO_MATERIAL.VERSION, RIPO_MATERIAL.VERSION.plus(1));
        if (tx.update(RIPO_MATERIAL).set(v).where(RIPO_MATERIAL.ID.eq(m.id()).and(RIPO_MATERIAL.VERSION.eq(m.version())))
                .execute() == 0) {
            throw new ConcurrentEditException(Messages.get("contest.ripo.entity"));
        }
        return m.id();
    }

    /** The calendar years the bank holds materials of, latest first. */
    public List<Integer> years() {
        return dsl.selectDistinct(RIPO_MATERIAL.CALENDAR_YEAR).from(RIPO_MATERIAL)
                .orderBy(RIPO_MATERIAL.CALENDAR_YEAR.desc()).fetch(RIPO_MATERIAL.CALENDAR_YEAR);
    }

    /** Positive conclusions of a year by subsystem (every subsystem present, zero when none). */
    public Map<Subsystem, Integer> positiveBySubsystem(int calendarYear) {
        Map<Subsystem, Integer> out = new EnumMap<>(Subsystem.class);
        for (Subsystem s : Subsystem.values()) {
            out.put(s, 0);
        }
        dsl.select(RIPO_MATERIAL.SUBSYSTEM, DSL.count()).from(RIPO_MATERIAL)
                .where(RIPO_MATERIAL.CALENDAR_YEAR.eq(calendarYear)
                        .and(RIPO_MATERIAL.CONCLUSION.eq(RipoConclusion.POSITIVE.name())))
                .groupBy(RIPO_MATERIAL.SUBSYSTEM).forEach(r -> out.put(Subsystem.valueOf(r.value1()), r.value2()));
        return out;
    }

    /** Positive conclusions per calendar year. */
    public Map<Integer, Integer> positiveByYear() {
        Map<Integer, Integer> out = new TreeMap<>();
        dsl.select(RIPO_MATERIAL.CALENDAR_YEAR, DSL.count()).from(RIPO_MATERIAL)
                .where(RIPO_MATERIAL.CONCLUSION.eq(RipoConclusion.POSITIVE.name()))
                .groupBy(RIPO_MATERIAL.CALENDAR_YEAR).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /** Removes a material entered by mistake; the counts by subsystem and year follow. */
    public void delete(RipoMaterial m) {
        dsl.transaction(t -> {
            int n = t.dsl().deleteFrom(RIPO_MATERIAL).where(RIPO_MATERIAL.ID.eq(m.id())
                    .and(RIPO_MATERIAL.VERSION.eq(m.version()))).execute();
            if (n == 0) {
                throw new ru.knmc.innonet.common.ConcurrentEditException(m.title());
            }
        });
    }
}
