package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.INDICATOR;
import static ru.knmc.innonet.db.jooq.Tables.INDICATOR_VALUE;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION_YEAR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.jooq.tables.records.IndicatorRecord;
import ru.knmc.innonet.registry.Fields;

/**
 * Target indicators, their entered values, and actual values computed from the data where it exists. An entered
 * value for a year wins over the computed one; either way the source is said.
 */
public final class IndicatorService {
    /** Below this many rated organizations a decile is not a decile. */
    static final int MIN_RATED = 10;
    private static final String PERCENT = "%";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private final DSLContext dsl;
    private final List<InvolvementSource> sources;
    private final Clock clock;
    private final String user;

    /** {@code user}: the name recorded with a value entered by hand (the operating system's account). */
    public IndicatorService(DSLContext dsl, List<InvolvementSource> sources, Clock clock, String user) {
        this.dsl = dsl;
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.user = user;
    }

    public IndicatorService(DSLContext dsl, List<InvolvementSource> sources) {
        this(dsl, sources, Clock.systemDefaultZone(), System.getProperty("user.name"));
    }

    /** The sources of this package alone: entered figures and events' participant lists. */
    public static List<InvolvementSource> ownSources() {
        return List.of(new EnteredInvolvement(), new EventInvolvement());
    }

    /** With the sources the data of this program gives: entered figures and events' participant lists. */
    public IndicatorService(DSLContext dsl) {
        this(dsl, ownSources());
    }

    public List<Indicator> indicators() {
        return dsl.selectFrom(INDICATOR).orderBy(INDICATOR.SORT_ORDER, INDICATOR.ID).fetch(IndicatorService::map);
    }

    private static Indicator map(IndicatorRecord r) {
        return new Indicator(r.getId(), r.getTitle(), r.getUnit(), r.getTargetValue(), r.getStartYear(), r.getBaseYear(),
                r.getBaselineValue(), r.getTargetYear(), IndicatorComputation.valueOf(r.getComputation()), r.getSortOrder(),
                r.getVersion());
    }

    public Indicator save(Indicator i) {
        String title = Fields.maxLength("indicator", "title", Fields.required("indicator", "title", i.title()), 1000);
        String unit = Fields.maxLength("indicator", "unit", Fields.required("indicator", "unit", i.unit()), 50);
        BigDecimal target = Fields.required("indicator", "target", i.target());
        IndicatorComputation computation = Fields.required("indicator", "computation", i.computation());
        checkYear("targetYear", i.targetYear());
        if (i.startYear() != null) {
            checkYear("startYear", i.startYear());
            if (i.startYear() > i.targetYear()) {
                throw new ValidationException("startYear", "validation.indicator.period", Fields.label("indicator", "startYear"),
                        i.startYear(), Fields.label("indicator", "targetYear"), i.targetYear());
            }
        }
        if (i.baseYear() != null) {
            checkYear("baseYear", i.baseYear());
            if (i.baseYear() > i.targetYear()) {
                throw new ValidationException("baseYear", "validation.indicator.period", Fields.label("indicator", "baseYear"),
                        i.baseYear(), Fields.label("indicator", "targetYear"), i.targetYear());
            }
        }
        if (computation == IndicatorComputation.RATING_DECILE_GAP && i.baseYear() == null) {
            throw new ValidationException("baseYear", "validation.indicator.baseYearRequired", Fields.label("indicator", "baseYear"));
        }
        if (i.baseline() != null && i.baseYear() == null) {
            throw new ValidationException("baseYear", "validation.indicator.baselineYear", Fields.label("indicator", "baseYear"),
                    Fields.label("indicator", "baseline"));
        }
        if (PERCENT.equals(unit)) {
            for (var f : List.of(Map.entry("target", target), Map.entry("baseline", i.baseline() == null ? BigDecimal.ZERO : i.baseline()))) {
                if (f.getValue().signum() < 0 || f.getValue().compareTo(HUNDRED) > 0) {
                    throw new ValidationException(f.getKey(), "validation.indicator.percent", Fields.label("indicator", f.getKey()));
                }
            }
        }
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            IndicatorRecord r = i.id() == null ? tx.newRecord(INDICATOR)
                    : tx.selectFrom(INDICATOR).where(INDICATOR.ID.eq(i.id())).fetchOptional()
                    .orElseThrow(() -> new ConcurrentEditException(title));
            if (i.id() != null) {
                if (r.getVersion() != i.version()) {
                    throw new ConcurrentEditException(title);
                }
                r.setVersion(i.version() + 1);
            } else {
                r.setVersion(0);
            }
            r.setTitle(title);
            r.setUnit(unit);
            r.setTargetValue(target);
            r.setStartYear(i.startYear());
            r.setBaseYear(i.baseYear());
            r.setBaselineValue(i.baseline());
            r.setTargetYear(i.targetYear());
            r.setComputation(computation.name());
            r.setSortOrder(i.id() == null && i.sortOrder() == 0 ? nextSortOrder(tx) : i.sortOrder());
            r.store();
            return map(r);
        });
    }

    private static void checkYear(String field, int year) {
        if (year < 1990 || year > 2100) {
            throw new ValidationException(field, "validation.range", Fields.label("indicator", field), 1990, 2100);
        }
    }

    private static int nextSortOrder(DSLContext tx) {
        Integer max = tx.select(org.jooq.impl.DSL.max(INDICATOR.SORT_ORDER)).from(INDICATOR).fetchOne(0, Integer.class);
        return max == null ? 10 : max + 10;
    }

    /** Deletes the indicator with its entered values; a copy changed meanwhile by someone else is not deleted. */
    public void delete(Indicator i) {
        dsl.transaction(c -> {
            int n = c.dsl().deleteFrom(INDICATOR).where(INDICATOR.ID.eq(i.id()).and(INDICATOR.VERSION.eq(i.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(i.title());
            }
        });
    }

    /**
     * Enters (or replaces) the actual value of a year, recording who entered it and when; {@code value} null removes
     * the entered value (a computed one shows again).
     */
    public void saveValue(long indicatorId, int year, BigDecimal value, String note) {
        Fields.maxLength("indicatorValue", "note", note, 1000);
        if (year < 1990 || year > 2100) {
            throw new ValidationException("year", "validation.range", Messages.get("indicator.column.year"), 1990, 2100);
        }
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.deleteFrom(INDICATOR_VALUE).where(INDICATOR_VALUE.INDICATOR_ID.eq(indicatorId)
                    .and(INDICATOR_VALUE.CALENDAR_YEAR.eq(year))).execute();
            if (value != null) {
                tx.insertInto(INDICATOR_VALUE).set(INDICATOR_VALUE.INDICATOR_ID, indicatorId)
                        .set(INDICATOR_VALUE.CALENDAR_YEAR, year).set(INDICATOR_VALUE.ACTUAL_VALUE, value)
                        .set(INDICATOR_VALUE.SOURCE_NOTE, note == null || note.isBlank() ? null : note.strip())
                        .set(INDICATOR_VALUE.ENTERED_BY, user).set(INDICATOR_VALUE.ENTERED_AT, OffsetDateTime.now(clock)).execute();
            }
        });
    }

    /** Actual values of every indicator in {@code year}, in the indicators' order; value null when unknown. */
    public List<IndicatorActual> actuals(int year) {
        List<IndicatorActual> out = new ArrayList<>();
        for (Indicator i : indicators()) {
            out.add(actual(i, year));
        }
        return out;
    }

    public IndicatorActual actual(Indicator i, int year) {
        var entered = dsl.select(INDICATOR_VALUE.ACTUAL_VALUE, INDICATOR_VALUE.SOURCE_NOTE, INDICATOR_VALUE.ENTERED_BY,
                        INDICATOR_VALUE.ENTERED_AT)
                .from(INDICATOR_VALUE).where(INDICATOR_VALUE.INDICATOR_ID.eq(i.id()).and(INDICATOR_VALUE.CALENDAR_YEAR.eq(year)))
                .fetchOptional();
        if (entered.isPresent()) {
            var e = entered.get();
            String who = e.value3() == null ? Messages.get("indicator.source.unknownUser") : e.value3();
            String when = e.value4() == null ? "" : WHEN.format(e.value4().atZoneSameInstant(clock.getZone()));
            String note = e.value2();
            return new IndicatorActual(i, year, e.value1(), false, note == null
                    ? Messages.get("indicator.source.manualBy", who, when) : Messages.get("indicator.source.manualByNote", who, when, note));
        }
        return switch (i.computation()) {
            case MANUAL -> new IndicatorActual(i, year, null, false, Messages.get("indicator.source.none"));
            case RATING_DECILE_GAP -> decileGap(i, year);
            case TEACHERS_IN_PROJECTS, TEACHERS_IN_PRODUCTS -> teachers(i, year);
        };
    }

    /** The gap between the mean rating of the top and the bottom tenth of the rated organizations; null below 10. */
    BigDecimal gap(int year) {
        List<BigDecimal> ratings = dsl.select(ORGANIZATION_YEAR.RATING).from(ORGANIZATION_YEAR)
                .where(ORGANIZATION_YEAR.CALENDAR_YEAR.eq(year).and(ORGANIZATION_YEAR.RATING.isNotNull()))
                .orderBy(ORGANIZATION_YEAR.RATING).fetch(ORGANIZATION_YEAR.RATING);
        if (ratings.size() < MIN_RATED) {
            return null;
        }
        int k = (ratings.size() + 9) / 10;
        BigDecimal bottom = mean(ratings.subList(0, k));
        BigDecimal top = mean(ratings.subList(ratings.size() - k, ratings.size()));
        return top.subtract(bottom);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP);
    }

    private IndicatorActual decileGap(Indicator i, int year) {
        int base = i.baseYear();
        BigDecimal baseGap = gap(base);
        BigDecimal gap = gap(year);
        if (baseGap == null || gap == null || baseGap.signum() == 0) {
            return new IndicatorActual(i, year, null, true, Messages.get("indicator.source.decileMissing", base, year, MIN_RATED));
        }
        BigDecimal reduction = baseGap.subtract(gap).multiply(BigDecimal.valueOf(100)).divide(baseGap, 1, RoundingMode.HALF_UP);
        int rated = dsl.fetchCount(ORGANIZATION_YEAR, ORGANIZATION_YEAR.CALENDAR_YEAR.eq(year).and(ORGANIZATION_YEAR.RATING.isNotNull()));
        return new IndicatorActual(i, year, reduction, true, Messages.get("indicator.source.decile", base,
                baseGap.setScale(2, RoundingMode.HALF_UP), year, gap.setScale(2, RoundingMode.HALF_UP), rated));
    }

    private IndicatorActual teachers(Indicator i, int year) {
        Map<Long, Integer> staff = new HashMap<>();
        dsl.select(ORGANIZATION_YEAR.ORGANIZATION_ID, ORGANIZATION_YEAR.STAFF_COUNT).from(ORGANIZATION_YEAR)
                .where(ORGANIZATION_YEAR.CALENDAR_YEAR.eq(year).and(ORGANIZATION_YEAR.STAFF_COUNT.gt(0)))
                .forEach(r -> staff.put(r.value1(), r.value2()));
        if (staff.isEmpty()) {
            return new IndicatorActual(i, year, null, true, Messages.get("indicator.source.noStaff", year));
        }
        Map<Long, Integer> involved = new HashMap<>();
        List<String> feeds = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (InvolvementSource s : sources) {
            Map<Long, Integer> t = s.teachers(dsl, year, i.computation());
            long fed = t.entrySet().stream().filter(e -> staff.containsKey(e.getKey()))
                    .mapToLong(e -> Math.min(e.getValue(), staff.get(e.getKey()))).sum();
            if (fed > 0) {
                feeds.add(s.label());
                used.add(Messages.get("indicator.source.feed", s.label(), fed));
            }
            t.forEach((org, n) -> involved.merge(org, n, Math::max));
        }
        long teachers = 0;
        long all = 0;
        for (Map.Entry<Long, Integer> e : staff.entrySet()) {
            all += e.getValue();
            teachers += Math.min(e.getValue(), involved.getOrDefault(e.getKey(), 0));
        }
        BigDecimal pct = BigDecimal.valueOf(teachers * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
        String from = used.isEmpty() ? Messages.get("indicator.source.noInvolvement") : String.join(", ", used);
        return new IndicatorActual(i, year, pct, true,
                Messages.get("indicator.source.teachers", teachers, all, staff.size(), from), feeds);
    }
}
