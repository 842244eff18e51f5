package ru.knmc.innonet.annualreport;

import static ru.knmc.innonet.db.jooq.Tables.ANNUAL_REPORT;
import static ru.knmc.innonet.db.jooq.Tables.ANNUAL_REPORT_SECTION;
import static ru.knmc.innonet.db.jooq.Tables.WORK_PLAN_ITEM;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/**
 * Keeps the texts of the annual reports (one per calendar year) and the site's work plans (one per
 * academic year). A new year starts from a copy of the latest earlier one, so that the specialists edit
 * last year's words instead of writing them again.
 */
public final class AnnualReportService {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private final DSLContext dsl;

    public AnnualReportService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The years that have a report text, oldest first. */
    public List<Integer> years() {
        return dsl.select(ANNUAL_REPORT.CALENDAR_YEAR).from(ANNUAL_REPORT).orderBy(ANNUAL_REPORT.CALENDAR_YEAR)
                .fetch(ANNUAL_REPORT.CALENDAR_YEAR);
    }

    public Optional<AnnualReport> find(int year) {
        return find(dsl, year);
    }

    private static Optional<AnnualReport> find(DSLContext ctx, int year) {
        Record r = ctx.selectFrom(ANNUAL_REPORT).where(ANNUAL_REPORT.CALENDAR_YEAR.eq(year)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        long id = r.get(ANNUAL_REPORT.ID);
        List<String> sections = new ArrayList<>(List.of("", "", "", "", "", "", "", ""));
        ctx.selectFrom(ANNUAL_REPORT_SECTION).where(ANNUAL_REPORT_SECTION.REPORT_ID.eq(id))
                .forEach(s -> sections.set(s.getSectionNo() - 1, s.getBody()));
        TitlePage title = new TitlePage(r.get(ANNUAL_REPORT.ORGANIZATION), r.get(ANNUAL_REPORT.SITE_TITLE),
                r.get(ANNUAL_REPORT.PROJECT_TITLE), r.get(ANNUAL_REPORT.SITE_ORDER), r.get(ANNUAL_REPORT.HEAD_POSITION),
                r.get(ANNUAL_REPORT.HEAD_NAME), r.get(ANNUAL_REPORT.PLACE));
        return Optional.of(new AnnualReport(id, year, title, sections, r.get(ANNUAL_REPORT.VERSION)));
    }

    /**
     * The report of {@code year}, created when there is none: a copy of the latest earlier year's title
     * page and texts, or empty when there is no earlier year.
     */
    public AnnualReport open(int year) {
        checkYear(year);
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            Optional<AnnualReport> existing = find(tx, year);
            if (existing.isPresent()) {
                return existing.get();
            }
            Integer earlier = tx.select(org.jooq.impl.DSL.max(ANNUAL_REPORT.CALENDAR_YEAR)).from(ANNUAL_REPORT)
                    .where(ANNUAL_REPORT.CALENDAR_YEAR.lt(year)).fetchOne(0, Integer.class);
            AnnualReport source = earlier == null ? AnnualReport.blank(year) : find(tx, earlier).orElseThrow();
            AnnualReport fresh = new AnnualReport(null, year, source.title(), source.sections(), 0);
            return insert(tx, fresh);
        });
    }

    /** Saves the title page and every section in one transaction; refused when someone saved it meanwhile. */
    public AnnualReport save(AnnualReport report) {
        checkYear(report.year());
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            if (report.section(n).length() > 200_000) {
                throw new ValidationException("section" + n, "annualReport.error.tooLong", AnnualReport.numberedTitle(n));
            }
        }
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (report.id() == null) {
                if (tx.fetchExists(ANNUAL_REPORT, ANNUAL_REPORT.CALENDAR_YEAR.eq(report.year()))) {
                    throw new ConcurrentEditException(Messages.get("annualReport.what", report.year()));
                }
                return insert(tx, report);
            }
            TitlePage t = report.title();
            int n = tx.update(ANNUAL_REPORT).set(ANNUAL_REPORT.ORGANIZATION, t.organization())
                    .set(ANNUAL_REPORT.SITE_TITLE, t.siteTitle()).set(ANNUAL_REPORT.PROJECT_TITLE, t.projectTitle())
                    .set(ANNUAL_REPORT.SITE_ORDER, t.siteOrder()).set(ANNUAL_REPORT.HEAD_POSITION, t.headPosition())
                    .set(ANNUAL_REPORT.HEAD_NAME, t.headName()).set(ANNUAL_REPORT.PLACE, t.place())
                    .set(ANNUAL_REPORT.VERSION, ANNUAL_REPORT.VERSION.plus(1))
                    .where(ANNUAL_REPORT.ID.eq(report.id()).and(ANNUAL_REPORT.VERSION.eq(report.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("annualReport.what", report.year()));
            }
            tx.deleteFrom(ANNUAL_REPORT_SECTION).where(ANNUAL_REPORT_SECTION.REPORT_ID.eq(report.id())).execute();
            insertSections(tx, report.id(), report);
            return new AnnualReport(report.id(), report.year(), report.title(), report.sections(), report.version() + 1);
        });
    }

    private static AnnualReport insert(DSLContext tx, AnnualReport r) {
        TitlePage t = r.title();
        long id = tx.insertInto(ANNUAL_REPORT).set(ANNUAL_REPORT.CALENDAR_YEAR, r.year())
                .set(ANNUAL_REPORT.ORGANIZATION, t.organization()).set(ANNUAL_REPORT.SITE_TITLE, t.siteTitle())
                .set(ANNUAL_REPORT.PROJECT_TITLE, t.projectTitle()).set(ANNUAL_REPORT.SITE_ORDER, t.siteOrder())
                .set(ANNUAL_REPORT.HEAD_POSITION, t.headPosition()).set(ANNUAL_REPORT.HEAD_NAME, t.headName())
                .set(ANNUAL_REPORT.PLACE, t.place())
                .returning(ANNUAL_REPORT.ID).fetchOne(ANNUAL_REPORT.ID);
        insertSections(tx, id, r);
        return new AnnualReport(id, r.year(), t, r.sections(), 0);
    }

    private static void insertSections(DSLContext tx, long id, AnnualReport r) {
        var insert = tx.insertInto(ANNUAL_REPORT_SECTION, ANNUAL_REPORT_SECTION.REPORT_ID, ANNUAL_REPORT_SECTION.SECTION_NO,
                ANNUAL_REPORT_SECTION.BODY);
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            insert = insert.values(id, n, r.section(n));
        }
        insert.execute();
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ValidationException("year", "validation.range", Messages.get("annualReport.field.year"), MIN_YEAR, MAX_YEAR);
        }
    }

    // --- work plan ---

    public List<AcademicYear> workPlanYears() {
        return dsl.selectDistinct(WORK_PLAN_ITEM.ACADEMIC_YEAR).from(WORK_PLAN_ITEM).orderBy(WORK_PLAN_ITEM.ACADEMIC_YEAR)
                .fetch(r -> new AcademicYear(r.value1()));
    }

    /** The plan of {@code year}, by kind and then in the order the user gave. */
    public List<WorkPlanItem> workPlan(AcademicYear year) {
        return dsl.selectFrom(WORK_PLAN_ITEM).where(WORK_PLAN_ITEM.ACADEMIC_YEAR.eq(year.startYear()))
                .fetch(r -> new WorkPlanItem(r.getId(), year, ActivityKind.valueOf(r.getActivityKind()), r.getSortOrder(),
                        r.getContent(), r.getPeriodText(), r.getExpectedResult(), r.getResponsible(), r.getVersion()))
                .stream().sorted(java.util.Comparator.comparing(WorkPlanItem::kind).thenComparingInt(WorkPlanItem::sortOrder))
                .toList();
    }

    /**
     * Replaces the plan of {@code year} with {@code items} in one transaction; refused, naming the row, when
     * an item has no content or someone changed the plan since {@code expected} was read.
     */
    public List<WorkPlanItem> saveWorkPlan(AcademicYear year, List<WorkPlanItem> expected, List<WorkPlanItem> items) {
        for (int i = 0; i < items.size(); i++) {
            WorkPlanItem it = items.get(i);
            if (it.kind() == null) {
                throw new ValidationException("kind", "workPlan.error.kind", i + 1);
            }
            if (it.content().isEmpty()) {
                throw new ValidationException("content", "workPlan.error.content", i + 1);
            }
            if (it.content().length() > 2000 || it.expectedResult().length() > 2000 || it.period().length() > 200
                    || it.responsible().length() > 500) {
                throw new ValidationException("content", "workPlan.error.tooLong", i + 1);
            }
        }
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            int current = tx.fetchCount(WORK_PLAN_ITEM, WORK_PLAN_ITEM.ACADEMIC_YEAR.eq(year.startYear()));
            // every save gives all the plan's rows one new version: a plan read before it no longer matches
            Integer max = tx.select(org.jooq.impl.DSL.max(WORK_PLAN_ITEM.VERSION)).from(WORK_PLAN_ITEM)
                    .where(WORK_PLAN_ITEM.ACADEMIC_YEAR.eq(year.startYear())).fetchOne(0, Integer.class);
            int version = max == null ? 0 : max;
            int expectedVersion = expected.stream().mapToInt(WorkPlanItem::version).max().orElse(0);
            if (current != expected.size() || version != expectedVersion) {
                throw new ConcurrentEditException(Messages.get("workPlan.what", year));
            }
            tx.deleteFrom(WORK_PLAN_ITEM).where(WORK_PLAN_ITEM.ACADEMIC_YEAR.eq(year.startYear())).execute();
            List<WorkPlanItem> saved = new ArrayList<>();
            int order = 0;
            for (WorkPlanItem it : items) {
                order++;
                long id = tx.insertInto(WORK_PLAN_ITEM).set(WORK_PLAN_ITEM.ACADEMIC_YEAR, year.startYear())
                        .set(WORK_PLAN_ITEM.ACTIVITY_KIND, it.kind().name()).set(WORK_PLAN_ITEM.SORT_ORDER, order)
                        .set(WORK_PLAN_ITEM.CONTENT, it.content()).set(WORK_PLAN_ITEM.PERIOD_TEXT, it.period())
                        .set(WORK_PLAN_ITEM.EXPECTED_RESULT, it.expectedResult()).set(WORK_PLAN_ITEM.RESPONSIBLE, it.responsible())
                        .set(WORK_PLAN_ITEM.VERSION, version + 1)
                        .returning(WORK_PLAN_ITEM.ID).fetchOne(WORK_PLAN_ITEM.ID);
                saved.add(new WorkPlanItem(id, year, it.kind(), order, it.content(), it.period(), it.expectedResult(),
                        it.responsible(), version + 1));
            }
            return saved.stream().sorted(java.util.Comparator.comparing(WorkPlanItem::kind)
                    .thenComparingInt(WorkPlanItem::sortOrder)).toList();
        });
    }
}
