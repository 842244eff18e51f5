package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.VISIT_STAT;
import static ru.knmc.innonet.db.jooq.Tables.WEB_RESOURCE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.jooq.tables.records.VisitStatRecord;
import ru.knmc.innonet.registry.Fields;

/** Web resources and their visit statistics: manual entry, imports that replace overlapping periods, yearly figures. */
public final class VisitStatsService {
    private static final int MAX_FIGURE = 1_000_000_000;
    private final DSLContext dsl;

    public VisitStatsService(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- resources ---

    public List<WebResource> resources() {
        return dsl.selectFrom(WEB_RESOURCE).orderBy(WEB_RESOURCE.SORT_ORDER, WEB_RESOURCE.NAME)
                .fetch(r -> new WebResource(r.getId(), r.getName(), r.getUrl(), r.getSortOrder(), r.getVersion()));
    }

    public Optional<WebResource> resourceByName(String name) {
        return resources().stream().filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public WebResource saveResource(WebResource w) {
        String name = Fields.maxLength("webResource", "name", Fields.required("webResource", "name", w.name()), 300);
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (tx.fetchExists(WEB_RESOURCE, WEB_RESOURCE.NAME.equalIgnoreCase(name)
                    .and(w.id() == null ? DSL.trueCondition() : WEB_RESOURCE.ID.ne(w.id())))) {
                throw new ValidationException("name", "validation.webResource.duplicate", name);
            }
            if (w.id() == null) {
                long id = tx.insertInto(WEB_RESOURCE).set(WEB_RESOURCE.NAME, name).set(WEB_RESOURCE.URL, w.url())
                        .set(WEB_RESOURCE.SORT_ORDER, w.sortOrder()).returning(WEB_RESOURCE.ID).fetchOne(WEB_RESOURCE.ID);
                return new WebResource(id, name, w.url(), w.sortOrder(), 0);
            }
            int n = tx.update(WEB_RESOURCE).set(WEB_RESOURCE.NAME, name).set(WEB_RESOURCE.URL, w.url())
                    .set(WEB_RESOURCE.SORT_ORDER, w.sortOrder()).set(WEB_RESOURCE.VERSION, WEB_RESOURCE.VERSION.plus(1))
                    .where(WEB_RESOURCE.ID.eq(w.id()).and(WEB_RESOURCE.VERSION.eq(w.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(name);
            }
            return new WebResource(w.id(), name, w.url(), w.sortOrder(), w.version() + 1);
        });
    }

    // --- stored figures ---

    /** Every stored row of a resource (all resources when null), newest period first. */
    public List<VisitStat> stats(Long resourceId) {
        return dsl.selectFrom(VISIT_STAT).where(resourceId == null ? DSL.trueCondition() : VISIT_STAT.RESOURCE_ID.eq(resourceId))
                .orderBy(VISIT_STAT.PERIOD_START.desc(), VISIT_STAT.PERIOD_END.desc(), VISIT_STAT.SEGMENT)
                .fetch(VisitStatsService::map);
    }

    static VisitStat map(VisitStatRecord r) {
        return new VisitStat(r.getId(), r.getResourceId(), r.getPeriodStart(), r.getPeriodEnd(), Segment.valueOf(r.getSegment()),
                new VisitFigures(r.getVisitors(), r.getNewVisitors(), r.getVisits(), r.getPageViews(), r.getBounceRate(),
                        r.getPageDepth(), r.getAvgSeconds()),
                VisitSource.valueOf(r.getSource()), r.getSourceFile(), r.getPeriodTotal(), r.getVersion());
    }

    /** Saves figures typed by hand; a row of the same resource, segment and period is updated, not doubled. */
    public VisitStat saveManual(VisitStat s) {
        LocalDate start = Fields.required("visitStat", "start", s.start());
        LocalDate end = Fields.required("visitStat", "end", s.end());
        if (end.isBefore(start)) {
            throw new ValidationException("end", "validation.event.endBeforeStart", Fields.label("visitStat", "end"),
                    Dates.format(end), Dates.format(start));
        }
        checkFigures(s.figures());
        if (s.figures().isEmpty()) {
            throw new ValidationException("visitors", "validation.visitStat.noFigures");
        }
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            VisitStatRecord r;
            if (s.id() != null) {
                r = tx.selectFrom(VISIT_STAT).where(VISIT_STAT.ID.eq(s.id())).fetchOptional()
                        .orElseThrow(() -> new ConcurrentEditException(Dates.format(start)));
                if (r.getVersion() != s.version()) {
                    throw new ConcurrentEditException(Dates.format(start));
                }
                r.setVersion(r.getVersion() + 1);
            } else {
                r = tx.selectFrom(VISIT_STAT).where(VISIT_STAT.RESOURCE_ID.eq(s.resourceId())
                        .and(VISIT_STAT.SEGMENT.eq(s.segment().name())).and(VISIT_STAT.PERIOD_START.eq(start))
                        .and(VISIT_STAT.PERIOD_END.eq(end))).fetchOptional().orElseGet(() -> tx.newRecord(VISIT_STAT));
                r.setVersion(r.getId() == null ? 0 : r.getVersion() + 1);
            }
            fill(r, s.resourceId(), start, end, s.segment(), s.figures());
            r.setSource(VisitSource.MANUAL.name());
            r.setSourceFile(null);
            r.setPeriodTotal(true);
            r.store();
            return map(r);
        });
    }

    public void delete(long id) {
        dsl.transaction(c -> c.dsl().deleteFrom(VISIT_STAT).where(VISIT_STAT.ID.eq(id)).execute());
    }

    private static void fill(VisitStatRecord r, long resourceId, LocalDate start, LocalDate end, Segment segment,
                             VisitFigures f) {
        r.setResourceId(resourceId);
        r.setPeriodStart(start);
        r.setPeriodEnd(end);
        r.setSegment(segment.name());
        r.setVisitors(f.visitors());
        r.setNewVisitors(f.newVisitors());
        r.setVisits(f.visits());
        r.setPageViews(f.pageViews());
        r.setBounceRate(f.bounceRate());
        r.setPageDepth(f.pageDepth());
        r.setAvgSeconds(f.avgSeconds());
    }

    private static void checkFigures(VisitFigures f) {
        check("visitors", f.visitors());
        check("newVisitors", f.newVisitors());
        check("visits", f.visits());
        check("pageViews", f.pageViews());
    }

    private static void check(String field, Integer v) {
        if (v != null && (v < 0 || v > MAX_FIGURE)) {
            throw new ValidationException(field, "validation.range", Fields.label("visitStat", field), 0, MAX_FIGURE);
        }
    }

    // --- import ---

    /** What importing {@code file} into {@code resource} for {@code segment} would change; writes nothing. */
    public VisitImportPlan plan(WebResource resource, Segment segment, VisitFile file) {
        checkFigures(file.total());
        List<VisitStat> replaced = dsl.selectFrom(VISIT_STAT).where(overlapping(resource.id(), segment, file.start(), file.end()))
                .orderBy(VISIT_STAT.PERIOD_START, VISIT_STAT.PERIOD_END).fetch(VisitStatsService::map);
        List<VisitStat> kept = dsl.selectFrom(VISIT_STAT).where(containing(resource.id(), segment, file.start(), file.end()))
                .orderBy(VISIT_STAT.PERIOD_START, VISIT_STAT.PERIOD_END).fetch(VisitStatsService::map);
        List<VisitStat> added = new ArrayList<>();
        added.add(new VisitStat(null, resource.id(), file.start(), file.end(), segment, file.total(), file.source(),
                file.fileName(), true, 0));
        for (VisitPeriod p : file.rows()) {
            checkFigures(p.figures());
            if (!(p.start().equals(file.start()) && p.end().equals(file.end()))) {
                added.add(new VisitStat(null, resource.id(), p.start(), p.end(), segment, p.figures(), file.source(),
                        file.fileName(), false, 0));
            }
        }
        return new VisitImportPlan(resource, segment, file, replaced, added, kept);
    }

    /**
     * The stored rows a file replaces: every row of the resource and segment whose period overlaps the file's,
     * except the larger periods that hold the file's whole period (a year's totals when a month is re-imported):
     * their unique visitors cannot be recomputed from the file, so they stay and the preview names them.
     */
    private static Condition overlapping(long resourceId, Segment segment, LocalDate start, LocalDate end) {
        return VISIT_STAT.RESOURCE_ID.eq(resourceId).and(VISIT_STAT.SEGMENT.eq(segment.name()))
                .and(VISIT_STAT.PERIOD_START.le(end)).and(VISIT_STAT.PERIOD_END.ge(start))
                .andNot(containing(resourceId, segment, start, end));
    }

    private static Condition containing(long resourceId, Segment segment, LocalDate start, LocalDate end) {
        return VISIT_STAT.RESOURCE_ID.eq(resourceId).and(VISIT_STAT.SEGMENT.eq(segment.name()))
                .and(VISIT_STAT.PERIOD_START.le(start)).and(VISIT_STAT.PERIOD_END.ge(end))
                .and(VISIT_STAT.PERIOD_START.lt(start).or(VISIT_STAT.PERIOD_END.gt(end)));
    }

    /** Applies a plan in one transaction: the overlapping rows go, the file's rows come; all or nothing. */
    public int apply(VisitImportPlan plan) {
        VisitFile f = plan.file();
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (!tx.fetchExists(WEB_RESOURCE, WEB_RESOURCE.ID.eq(plan.resource().id()))) {
                throw new UserException("visits.error.resourceGone", plan.resource().name());
            }
            tx.deleteFrom(VISIT_STAT).where(overlapping(plan.resource().id(), plan.segment(), f.start(), f.end())).execute();
            for (VisitStat s : plan.added()) {
                VisitStatRecord r = tx.newRecord(VISIT_STAT);
                fill(r, s.resourceId(), s.start(), s.end(), s.segment(), s.figures());
                r.setSource(s.source().name());
                r.setSourceFile(s.sourceFile());
                r.setPeriodTotal(s.periodTotal());
                r.setVersion(0);
                r.store();
            }
            return plan.added().size();
        });
    }

    // --- figures for charts and reports ---

    /**
     * The figures of a calendar year: per resource the stored row of that segment with the longest period inside
     * the year (a whole year, or «on 25.12.2017»); summed over resources when {@code resourceId} is null.
     * Null when nothing is stored.
     */
    public VisitFigures yearly(Long resourceId, int year, Segment segment) {
        List<VisitStat> rows = dsl.selectFrom(VISIT_STAT)
                .where(resourceId == null ? DSL.trueCondition() : VISIT_STAT.RESOURCE_ID.eq(resourceId))
                .and(VISIT_STAT.SEGMENT.eq(segment.name()))
                .and(VISIT_STAT.PERIOD_START.ge(LocalDate.of(year, 1, 1))).and(VISIT_STAT.PERIOD_END.le(LocalDate.of(year, 12, 31)))
                .fetch(VisitStatsService::map);
        Map<Long, VisitStat> best = new TreeMap<>();
        Comparator<VisitStat> longer = Comparator.comparingLong((VisitStat s) -> ChronoUnit.DAYS.between(s.start(), s.end()))
                .thenComparing(VisitStat::periodTotal);
        for (VisitStat s : rows) {
            best.merge(s.resourceId(), s, (a, b) -> longer.compare(a, b) >= 0 ? a : b);
        }
        VisitFigures sum = null;
        for (VisitStat s : best.values()) {
            sum = sum == null ? s.figures() : sum.plus(s.figures(), true);
        }
        return sum;
    }

    /** Figures of each month of {@code year} (segment ALL): month rows as stored, else the sum of day rows. */
    public Map<Integer, VisitFigures> monthly(Long resourceId, int year) {
        return monthly(resourceId, year, Segment.ALL);
    }

    /** Figures of each month of {@code year} for one segment of the audience. */
    public Map<Integer, VisitFigures> monthly(Long resourceId, int year, Segment segment) {
        Map<Integer, VisitFigures> out = new TreeMap<>();
        monthly(resourceId, MonthPeriod.calendarYear(year), segment).forEach((m, f) -> out.put(m.getMonthValue(), f));
        return out;
    }

    /**
     * Figures of each month of the period for one segment, months without figures left out: per resource the month's
     * row as stored, else the sum of its day rows; summed over resources when {@code resourceId} is null.
     */
    public Map<YearMonth, VisitFigures> monthly(Long resourceId, MonthPeriod period, Segment segment) {
        List<VisitStat> rows = dsl.selectFrom(VISIT_STAT)
                .where(resourceId == null ? DSL.trueCondition() : VISIT_STAT.RESOURCE_ID.eq(resourceId))
                .and(VISIT_STAT.SEGMENT.eq(segment.name()))
                .and(VISIT_STAT.PERIOD_START.ge(period.start())).and(VISIT_STAT.PERIOD_END.le(period.end()))
                .fetch(VisitStatsService::map);
        Map<YearMonth, Map<Long, VisitFigures>> months = new TreeMap<>();
        Map<YearMonth, Map<Long, VisitFigures>> days = new TreeMap<>();
        for (VisitStat s : rows) {
            YearMonth ym = YearMonth.from(s.start());
            boolean wholeMonth = s.start().equals(ym.atDay(1)) && s.end().equals(ym.atEndOfMonth());
            if (wholeMonth) {
                months.computeIfAbsent(ym, m -> new TreeMap<>()).put(s.resourceId(), s.figures());
            } else if (s.start().equals(s.end())) {
                days.computeIfAbsent(ym, m -> new TreeMap<>()).merge(s.resourceId(), s.figures(), (a, b) -> a.plus(b, false));
            }
        }
        Map<YearMonth, VisitFigures> out = new TreeMap<>();
        for (YearMonth m : period.months()) {
            Map<Long, VisitFigures> byResource = new TreeMap<>(days.getOrDefault(m, Map.of()));
            byResource.putAll(months.getOrDefault(m, Map.of()));
            VisitFigures sum = null;
            for (VisitFigures f : byResource.values()) {
                sum = sum == null ? f : sum.plus(f, true);
            }
            if (sum != null) {
                out.put(m, sum);
            }
        }
        return out;
    }

    /** Unique visitors of each segment other than ALL in {@code year}; segments without figures are left out. */
    public Map<Segment, VisitFigures> segments(Long resourceId, int year) {
        Map<Segment, VisitFigures> out = new EnumMap<>(Segment.class);
        for (Segment s : Segment.values()) {
            if (s != Segment.ALL) {
                VisitFigures f = yearly(resourceId, year, s);
                if (f != null) {
                    out.put(s, f);
                }
            }
        }
        return out;
    }

    /** Calendar years with any stored figures, ascending. */
    public List<Integer> years() {
        return dsl.selectDistinct(DSL.year(VISIT_STAT.PERIOD_START)).from(VISIT_STAT).orderBy(1)
                .fetch(r -> r.value1());
    }
}
