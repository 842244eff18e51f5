package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_AUTHOR;
import static ru.knmc.innonet.db.jooq.Tables.CONTEST;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.demo.DemoContext;
import ru.knmc.innonet.demo.DemoCsv;
import ru.knmc.innonet.demo.DemoFiles;
import ru.knmc.innonet.demo.DemoPart;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Person;

/**
 * The demo's web resources with the 2016 and 2017 visitor figures of seed 001 typed in, a Metrica export for 2018
 * imported through the program's own reader and import plan, organizations' ratings and staff, the three
 * target indicators of seed 000, and the authors of the XVI contest's applications (teachers the indicators count).
 */
public final class StatisticsDemo implements DemoPart {
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsDemo.class);
    static final String RESOURCES = "statistics/resources.csv";
    static final String VISITS = "statistics/visits.csv";
    static final String EXPORT = "visits_2018-01-01_2018-12-31.csv";
    static final String EXPORT_RESOURCE = "statistics/" + EXPORT;
    static final String YEARS = "statistics/organization_years.csv";
    static final String INDICATORS = "statistics/indicators.csv";
    static final String AUTHORS = "statistics/application_authors.csv";

    private DemoCsv resources;
    private DemoCsv visits;
    private DemoCsv years;
    private DemoCsv indicators;
    private DemoCsv authors;
    private VisitFile export;

    @Override
    public void read(DemoFiles files) {
        resources = DemoCsv.read(files, RESOURCES, "name");
        visits = DemoCsv.read(files, VISITS, "resource", "start", "end", "segment");
        years = DemoCsv.read(files, YEARS, "organization_key", "year");
        indicators = DemoCsv.read(files, INDICATORS, "title", "unit", "target", "target_year", "computation");
        authors = DemoCsv.read(files, AUTHORS, "contest", "academic_year", "organization_key", "last_name");
        var parser = VisitFileParser.installed();
        if (parser.isEmpty()) {
            LOG.warn("No analytics reader on the class path: the demo's 2018 Metrica export is left out");
            return;
        }
        try {
            Path dir = Files.createTempDirectory("innonet-demo");
            Path file = dir.resolve(EXPORT);
            try (Reader in = files.open(EXPORT_RESOURCE)) {
                StringBuilder b = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    b.append(buf, 0, n);
                }
                Files.writeString(file, b, StandardCharsets.UTF_8);
            }
            try {
                export = parser.get().read(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void load(DemoContext ctx) {
        ctx.progress(0.95, "demo.progress.statistics");
        VisitStatsService stats = new VisitStatsService(ctx.dsl());
        Map<String, WebResource> byName = new HashMap<>();
        for (DemoCsv.Row r : resources.rows()) {
            WebResource w = stats.saveResource(new WebResource(null, r.required("name"), r.get("url"),
                    r.integer("sort_order") == null ? 0 : r.integer("sort_order"), 0));
            byName.put(w.name(), w);
        }
        Map<String, Long> ids = new HashMap<>();
        byName.forEach((k, v) -> ids.put(k, v.id()));
        for (DemoCsv.Row r : visits.rows()) {
            long resource = r.ref("resource", r.required("resource"), ids, RESOURCES);
            stats.saveManual(new VisitStat(null, resource, r.date("start"), r.date("end"), r.enumValue("segment", Segment.class),
                    VisitFigures.of(r.integer("visitors"), r.integer("new_visitors"), r.integer("visits"), r.integer("page_views")),
                    VisitSource.MANUAL, null, true, 0));
        }
        if (export != null) {
            WebResource site = byName.values().stream().min(java.util.Comparator.comparingInt(WebResource::sortOrder)).orElseThrow();
            stats.apply(stats.plan(site, Segment.ALL, export));
        }
        OrganizationYearService orgYears = new OrganizationYearService(ctx.dsl());
        for (DemoCsv.Row r : years.rows()) {
            String rating = r.get("rating");
            orgYears.save(new OrganizationFigures(ctx.organization(r.required("organization_key")), r.required("organization_key"),
                    r.integer("year"), rating == null ? null : new BigDecimal(rating), r.integer("staff_count"),
                    r.integer("project_teachers"), r.integer("product_teachers"), -1));
        }
        IndicatorService ind = new IndicatorService(ctx.dsl());
        for (DemoCsv.Row r : indicators.rows()) {
            ind.save(new Indicator(null, r.required("title"), r.required("unit"), new BigDecimal(r.required("target")),
                    r.integer("start_year"), r.integer("base_year"), r.get("baseline") == null ? null : new BigDecimal(r.get("baseline")),
                    r.integer("target_year"), r.enumValue("computation", IndicatorComputation.class),
                    r.integer("sort_order") == null ? 0 : r.integer("sort_order"), 0));
        }
        loadAuthors(ctx);
    }

    /** The contest's application authors (teachers of the applicant), from which the indicators count the involved. */
    private void loadAuthors(DemoContext ctx) {
        OrganizationService people = new OrganizationService(ctx.dsl());
        Map<Long, Integer> order = new HashMap<>();
        for (DemoCsv.Row r : authors.rows()) {
            long org = ctx.organization(r.required("organization_key"));
            Long application = ctx.dsl().select(APPLICATION.ID).from(APPLICATION).join(CONTEST).on(CONTEST.ID.eq(APPLICATION.CONTEST_ID))
                    .where(CONTEST.ROMAN_NUMBER.eq(r.required("contest")).and(CONTEST.ACADEMIC_YEAR.eq(r.integer("academic_year")))
                            .and(APPLICATION.ORGANIZATION_ID.eq(org)))
                    .limit(1).fetchOne(APPLICATION.ID);
            if (application == null) {
                throw new IllegalStateException("No demo application of " + r.required("organization_key") + " in " + AUTHORS);
            }
            Person p = people.savePerson(new Person(null, r.required("last_name"), r.get("first_name"), r.get("middle_name"),
                    r.get("position"), org, null, null, null, null, 0));
            ctx.dsl().insertInto(APPLICATION_AUTHOR).set(APPLICATION_AUTHOR.APPLICATION_ID, application)
                    .set(APPLICATION_AUTHOR.PERSON_ID, p.id()).set(APPLICATION_AUTHOR.SORT_ORDER, order.merge(application, 1, Integer::sum))
                    .execute();
        }
    }
}
