package ru.knmc.innonet.statistics;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.EventLevel;
import ru.knmc.innonet.event.PublicationService;

/** Builds each chart's {@link ChartData} from the database for a year: plain data, no drawing, no window. */
public final class StatisticsCharts {
    /** Indicator titles are long sentences: the axis shows their start. */
    private static final int LABEL = 60;
    private final VisitStatsService visits;
    private final EventFigures events;
    private final PublicationService publications;
    private final InfrastructureGrowthService growth;
    private final IndicatorService indicators;

    public StatisticsCharts(DSLContext dsl) {
        this(dsl, new IndicatorService(dsl));
    }

    /** With the indicators computed from every source the program wires. */
    public StatisticsCharts(DSLContext dsl, IndicatorService indicators) {
        this(new VisitStatsService(dsl), new EventFigures(dsl), new PublicationService(dsl),
                new InfrastructureGrowthService(dsl), indicators);
    }

    public StatisticsCharts(VisitStatsService visits, EventFigures events, PublicationService publications,
                            InfrastructureGrowthService growth, IndicatorService indicators) {
        this.visits = visits;
        this.events = events;
        this.publications = publications;
        this.growth = growth;
        this.indicators = indicators;
    }

    public ChartData build(ChartKind kind, ChartOptions o) {
        return switch (kind) {
            case VISITS -> visitsByYear(o);
            case VISITS_MONTHLY -> visitsByMonth(o);
            case VISITS_SEGMENTS -> visitsBySegment(o);
            case PARTICIPANTS_KIND -> single(kind, o, Messages.get("chart.axis.kind"), Messages.get("chart.axis.participants"),
                    Messages.get("chart.series.participants"), events.participantsByKind(o.year()));
            case PARTICIPANTS_LEVEL -> {
                Map<String, Number> m = new LinkedHashMap<>();
                events.participantsByLevel(o.year()).forEach((EventLevel l, Integer n) -> m.put(l.displayName(), n));
                yield single(kind, o, Messages.get("chart.axis.level"), Messages.get("chart.axis.participants"),
                        Messages.get("chart.series.participants"), m);
            }
            case PARTICIPANTS_MUNICIPALITY -> single(kind, o, Messages.get("chart.axis.municipality"),
                    Messages.get("chart.axis.participants"), Messages.get("chart.series.participants"),
                    events.participantsByMunicipality(o.year()));
            case EVENTS_MONTHLY -> {
                Map<String, Number> m = new LinkedHashMap<>();
                events.eventsPerMonth(o.year()).forEach((month, n) -> m.put(monthName(month), n));
                yield single(kind, o, Messages.get("chart.axis.month"), Messages.get("chart.axis.events"),
                        Messages.get("chart.series.events"), m);
            }
            case PUBLICATIONS -> {
                Map<String, Number> m = new LinkedHashMap<>();
                publications.perYear(o.firstYear(), o.year()).forEach((y, n) -> m.put(String.valueOf(y), n));
                yield single(kind, o, Messages.get("chart.axis.year"), Messages.get("chart.axis.publications"),
                        Messages.get("chart.series.publications"), m);
            }
            case INFRASTRUCTURE -> infrastructure(o);
            case INDICATORS -> indicators(o);
        };
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, Messages.RUSSIAN);
    }

    private static String subtitle(ChartKind kind, ChartOptions o) {
        return switch (kind) {
            case VISITS, PUBLICATIONS, INFRASTRUCTURE -> Messages.get("chart.subtitle.years", o.firstYear(), o.year());
            default -> Messages.get("chart.subtitle.year", o.year());
        };
    }

    private static ChartData single(ChartKind kind, ChartOptions o, String categoryAxis, String valueAxis, String name,
                                    Map<String, ? extends Number> values) {
        return new ChartData(kind, kind.title(), subtitle(kind, o), categoryAxis, valueAxis,
                List.of(new ChartData.Series(name, new LinkedHashMap<>(values))), null);
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
        Map<Integer, VisitFigures> months = visits.monthly(o.resourceId(), o.year(), o.segment());
        List<ChartData.Series> series = new ArrayList<>();
        for (int i = 0; i < METRICS.size(); i++) {
            Map<String, Number> m = new LinkedHashMap<>();
            for (int month = 1; month <= 12; month++) {
                VisitFigures f = months.get(month);
                m.put(monthName(month), f == null ? null : METRICS.get(i).apply(f));
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
