package ru.knmc.innonet.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.EventLevel;
import ru.knmc.innonet.contest.RipoService;
import ru.knmc.innonet.contest.Subsystem;
import ru.knmc.innonet.event.OutletIssueService;
import ru.knmc.innonet.event.PublicationService;

/** Builds each chart's {@link ChartData} from the database for a year or a period: plain data, no drawing, no window. */
public final class StatisticsCharts {
    /** Indicator titles are long sentences: the axis shows their start, on up to three lines. */
    private static final int LABEL = 110;
    private final VisitStatsService visits;
    private final EventFigures events;
    private final PublicationService publications;
    private final OutletIssueService issues;
    private final InfrastructureGrowthService growth;
    private final IndicatorService indicators;
    private final SiteFigures sites;
    private final RipoService ripo;

    public StatisticsCharts(DSLContext dsl) {
        this(dsl, new IndicatorService(dsl));
    }

    /** With the indicators computed from every source the program wires. */
    public StatisticsCharts(DSLContext dsl, IndicatorService indicators) {
        this.visits = new VisitStatsService(dsl);
        this.events = new EventFigures(dsl);
        this.publications = new PublicationService(dsl);
        this.issues = new OutletIssueService(dsl);
        this.growth = new InfrastructureGrowthService(dsl);
        this.indicators = indicators;
        this.sites = new SiteFigures(dsl);
        this.ripo = new RipoService(dsl);
    }

    public ChartData build(ChartKind kind, ChartOptions o) {
        return switch (kind) {
            case VISITS -> visitsByYear(o);
            case VISITS_MONTHLY -> visitsByMonth(o);
            case VISITS_SEGMENTS -> visitsBySegment(o);
            case PARTICIPANTS_KIND -> single(kind, o, Messages.get("chart.axis.kind"), Messages.get("chart.axis.participants"),
                    Messages.get("chart.series.participants"), events.participantsByKind(o.period(), o.municipalityId()),
                    municipalityNote(o));
            case PARTICIPANTS_LEVEL -> {
                Map<String, Number> m = new LinkedHashMap<>();
                events.participantsByLevel(o.period(), o.municipalityId())
                        .forEach((EventLevel l, Integer n) -> m.put(l.displayName(), n));
                yield single(kind, o, Messages.get("chart.axis.level"), Messages.get("chart.axis.participants"),
                        Messages.get("chart.series.participants"), m, municipalityNote(o));
            }
            case PARTICIPANTS_MUNICIPALITY -> single(kind, o, Messages.get("chart.axis.municipality"),
                    Messages.get("chart.axis.participants"), Messages.get("chart.series.participants"),
                    events.participantsByMunicipality(o.period()));
            case EVENTS_MONTHLY -> {
                Map<String, Number> m = new LinkedHashMap<>();
                events.eventsPerMonth(o.period()).forEach((month, n) -> m.put(o.period().shortName(month), n));
                yield single(kind, o, Messages.get("chart.axis.month"), Messages.get("chart.axis.events"),
                        Messages.get("chart.series.events"), m);
            }
            case EVENTS_KIND -> single(kind, o, Messages.get("chart.axis.kind"), Messages.get("chart.axis.events"),
                    Messages.get("chart.series.events"), events.eventsByKind(o.period()));
            case PUBLICATIONS -> publications(o);
            case INFRASTRUCTURE -> infrastructure(o);
            case STATUS_KINDS -> statusKinds(o);
            case SITES_SUPERVISED -> sitesSupervised(o);
            case SUPERVISORS -> single(kind, o, Messages.get("chart.axis.affiliation"), Messages.get("chart.axis.supervisors"),
                    Messages.get("chart.series.supervisors"), sites.supervisorsByAffiliation(o.year(), o.municipalityId()),
                    municipalityNote(o));
            case RIPO -> ripo(o);
            case INDICATORS -> indicators(o);
        };
    }

    private static String subtitle(ChartKind kind, ChartOptions o) {
        if (kind.uses(ChartFilter.PERIOD)) {
            return o.period().label();
        }
        return switch (kind) {
            case VISITS, PUBLICATIONS, INFRASTRUCTURE, STATUS_KINDS, SITES_SUPERVISED, RIPO ->
                    Messages.get("chart.subtitle.years", o.firstYear(), o.year());
            default -> Messages.get("chart.subtitle.year", o.year());
        };
    }

    private static ChartData single(ChartKind kind, ChartOptions o, String categoryAxis, String valueAxis, String name,
                                    Map<String, ? extends Number> values) {
        return single(kind, o, categoryAxis, valueAxis, name, values, null);
    }

    private static ChartData single(ChartKind kind, ChartOptions o, String categoryAxis, String valueAxis, String name,
                                    Map<String, ? extends Number> values, String note) {
        return new ChartData(kind, kind.title(), note == null ? subtitle(kind, o) : subtitle(kind, o) + " · " + note,
                categoryAxis, valueAxis, List.of(new ChartData.Series(name, new LinkedHashMap<>(values))), null);
    }

    private String municipalityNote(ChartOptions o) {
        return o.municipalityId() == null ? Messages.get("chart.municipality.all") : growth.municipalityName(o.municipalityId());
    }

    /** Articles of every outlet per year, and beside them the issues each outlet with a figure published. */
    private ChartData publications(ChartOptions o) {
        List<ChartData.Series> series = new ArrayList<>();
        Map<String, Number> articles = new LinkedHashMap<>();
        publications.perYear(o.firstYear(), o.year(), o.outletId()).forEach((y, n) -> articles.put(String.valueOf(y), n));
        series.add(new ChartData.Series(Messages.get(o.outletId() == null ? "chart.series.articles" : "chart.series.articlesOne"),
                articles));
        issues.issuesPerYear(o.firstYear(), o.year(), o.outletId()).forEach((outlet, years) -> {
            Map<String, Number> m = new LinkedHashMap<>();
            years.forEach((y, n) -> m.put(String.valueOf(y), n));
            series.add(new ChartData.Series(Messages.get("chart.series.issues", outlet.name()), m));
        });
        String outlet = o.outletId() == null ? Messages.get("chart.outlet.all") : publications.outlets().stream()
                .filter(x -> x.id().equals(o.outletId())).map(x -> x.name()).findFirst().orElse("");
        return new ChartData(ChartKind.PUBLICATIONS, ChartKind.PUBLICATIONS.title(), subtitle(ChartKind.PUBLICATIONS, o) + " · " + outlet,
                Messages.get("chart.axis.year"), Messages.get("chart.axis.publicationsAndIssues"), series, null);
    }

    private ChartData statusKinds(ChartOptions o) {
        List<ChartData.Series> series = new ArrayList<>();
        sites.perKind(o.firstYear(), o.year(), o.municipalityId()).forEach((kind, years) -> {
            Map<String, Number> m = new LinkedHashMap<>();
            years.forEach((y, n) -> m.put(String.valueOf(y), n));
            series.add(new ChartData.Series(kind, m));
        });
        return new ChartData(ChartKind.STATUS_KINDS, ChartKind.STATUS_KINDS.title(),
                subtitle(ChartKind.STATUS_KINDS, o) + " · " + municipalityNote(o), Messages.get("chart.axis.year"),
                Messages.get("chart.axis.organizations"), series, null);
    }

    private ChartData sitesSupervised(ChartOptions o) {
        Map<String, Number> all = new LinkedHashMap<>();
        Map<String, Number> supervised = new LinkedHashMap<>();
        Map<String, Number> share = new LinkedHashMap<>();
        for (SiteFigures.Supervision s : sites.supervision(o.firstYear(), o.year(), o.municipalityId())) {
            String y = String.valueOf(s.year());
            all.put(y, s.sites());
            supervised.put(y, s.supervised());
            share.put(y, s.percent());
        }
        return new ChartData(ChartKind.SITES_SUPERVISED, ChartKind.SITES_SUPERVISED.title(),
                subtitle(ChartKind.SITES_SUPERVISED, o) + " · " + municipalityNote(o), Messages.get("chart.axis.year"),
                Messages.get("chart.axis.organizations"), List.of(new ChartData.Series(Messages.get("chart.series.sites"), all),
                new ChartData.Series(Messages.get("chart.series.supervised"), supervised)),
                new ChartData.Series(Messages.get("chart.series.supervisedShare"), share));
    }

    private ChartData ripo(ChartOptions o) {
        List<ChartData.Series> series = new ArrayList<>();
        Map<String, Number> total = new LinkedHashMap<>();
        Map<Subsystem, Map<String, Number>> bySubsystem = new java.util.EnumMap<>(Subsystem.class);
        for (int y = o.firstYear(); y <= o.year(); y++) {
            int sum = 0;
            for (Map.Entry<Subsystem, Integer> e : ripo.positiveBySubsystem(y).entrySet()) {
                bySubsystem.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(String.valueOf(y), e.getValue());
                sum += e.getValue();
            }
            total.put(String.valueOf(y), sum);
        }
        series.add(new ChartData.Series(Messages.get("chart.series.ripoTotal"), total));
        bySubsystem.forEach((sub, m) -> series.add(new ChartData.Series(sub.displayName(), m)));
        return new ChartData(ChartKind.RIPO, ChartKind.RIPO.title(), subtitle(ChartKind.RIPO, o), Messages.get("chart.axis.year"),
                Messages.get("chart.axis.materials"), series, null);
    }

    private static final List<Function<VisitFigures, Integer>> METRICS = List.of(VisitFigures::visitors,
            VisitFigures::newVisitors, VisitFigures::visits, VisitFigures::pageViews);
    private static final List<String> METRIC_KEYS = List.of("visitors", "newVisitors", "visits", "pageViews");

    private String resourceNote(ChartOptions o) {
        String resource = o.resourceId() == null ? Messages.get("chart.resource.all")
                : visits.resources().stream().filter(r -> r.id().equals(o.resourceId())).map(WebResource::name).findFirst().orElse("");
        return o.segment() == Segment.ALL ? resource : resource + " · " + o.segment().displayName();
    }

    private ChartData visitsByYear(ChartOptions o) {
        List<ChartData.Series> series = new ArrayList<>();
        List<Map<String, Number>> maps = new ArrayList<>();
        for (int i = 0; i < METRICS.size(); i++) {
            maps.add(new LinkedHashMap<>());
        }
        for (int y = o.firstYear(); y <= o.year(); y++) {
            VisitFigures f = visits.yearly(o.resourceId(), y, o.segment());
            for (int i = 0; i < METRICS.size(); i++) {
                maps.get(i).put(String.valueOf(y), f == null ? null : METRICS.get(i).apply(f));
            }
        }
        for (int i = 0; i < METRICS.size(); i++) {
            series.add(new ChartData.Series(Messages.get("field.visitStat." + METRIC_KEYS.get(i)), maps.get(i)));
        }
        return new ChartData(ChartKind.VISITS, ChartKind.VISITS.title(),
                subtitle(ChartKind.VISITS, o) + " · " + resourceNote(o), Messages.get("chart.axis.year"),
                Messages.get("chart.axis.count"), series, null);
    }

    private ChartData visitsByMonth(ChartOptions o) {
        Map<YearMonth, VisitFigures> months = visits.monthly(o.resourceId(), o.period(), o.segment());
        List<ChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < METRICS.size(); i++) {
            Map<String, Number> m = new LinkedHashMap<>();
            for (YearMonth month : o.period().months()) {
                VisitFigures f = months.get(month);
                m.put(o.period().shortName(month), f == null ? null : METRICS.get(i).apply(f));
            }
            if (m.values().stream().anyMatch(v -> v != null)) {
                series.add(new ChartData.Series(Messages.get("field.visitStat." + METRIC_KEYS.get(i)), m));
            }
        }
        return new ChartData(ChartKind.VISITS_MONTHLY, ChartKind.VISITS_MONTHLY.title(),
                subtitle(ChartKind.VISITS_MONTHLY, o) + " · " + resourceNote(o), Messages.get("chart.axis.month"),
                Messages.get("chart.axis.count"), series, null);
    }

    private ChartData visitsBySegment(ChartOptions o) {
        Map<String, Number> m = new LinkedHashMap<>();
        visits.segments(o.resourceId(), o.year()).forEach((s, f) -> m.put(s.displayName(), f.visitors()));
        return new ChartData(ChartKind.VISITS_SEGMENTS, ChartKind.VISITS_SEGMENTS.title(),
                subtitle(ChartKind.VISITS_SEGMENTS, o) + " · " + resourceNote(o), Messages.get("chart.axis.segment"),
                Messages.get("chart.axis.count"), List.of(new ChartData.Series(Messages.get("field.visitStat.visitors"), m)), null);
    }

    private ChartData infrastructure(ChartOptions o) {
        Map<String, Number> orgs = new LinkedHashMap<>();
        Map<String, Number> share = new LinkedHashMap<>();
        for (InfrastructureYear y : growth.growth(o.firstYear(), o.year(), o.municipalityId())) {
            orgs.put(String.valueOf(y.year()), y.organizations());
            share.put(String.valueOf(y.year()), y.sharePercent());
        }
        String subtitle = subtitle(ChartKind.INFRASTRUCTURE, o) + " · " + (o.municipalityId() == null
                ? Messages.get("chart.municipality.all") : growth.municipalityName(o.municipalityId()));
        return new ChartData(ChartKind.INFRASTRUCTURE, ChartKind.INFRASTRUCTURE.title(), subtitle,
                Messages.get("chart.axis.year"), Messages.get("chart.axis.organizations"),
                List.of(new ChartData.Series(Messages.get("chart.series.organizations"), orgs)),
                new ChartData.Series(Messages.get("chart.series.share"), share));
    }

    private ChartData indicators(ChartOptions o) {
        Map<String, Number> target = new LinkedHashMap<>();
        Map<String, Number> actual = new LinkedHashMap<>();
        for (IndicatorActual a : indicators.actuals(o.year())) {
            String title = a.indicator().title();
            String name = Messages.get("chart.indicator.label", title.length() > LABEL ? title.substring(0, LABEL - 1).strip() + "\u2026" : title,
                    a.indicator().unit());
            target.put(name, a.indicator().target());
            actual.put(name, a.value());
        }
        return new ChartData(ChartKind.INDICATORS, ChartKind.INDICATORS.title(), subtitle(ChartKind.INDICATORS, o),
                Messages.get("chart.axis.indicator"), Messages.get("chart.axis.value"),
                List.of(new ChartData.Series(Messages.get("chart.series.target"), target),
                        new ChartData.Series(Messages.get("chart.series.actual", o.year()), actual)), null);
    }
}
