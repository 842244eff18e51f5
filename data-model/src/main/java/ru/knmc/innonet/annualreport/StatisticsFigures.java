package ru.knmc.innonet.annualreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.EventRow;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.event.Outlet;
import ru.knmc.innonet.event.OutletIssueService;
import ru.knmc.innonet.event.OutletIssues;
import ru.knmc.innonet.event.Publication;
import ru.knmc.innonet.event.PublicationService;
import ru.knmc.innonet.statistics.IndicatorActual;
import ru.knmc.innonet.statistics.IndicatorService;
import ru.knmc.innonet.statistics.Segment;
import ru.knmc.innonet.statistics.VisitFigures;
import ru.knmc.innonet.statistics.VisitStatsService;
import ru.knmc.innonet.statistics.WebResource;

/**
 * The report's figures and blocks from the events and statistics (issue 5's data): the web resources'
 * visitors year on year (§6, table and chart), publications and the outlets' issues per year (§8), the year's events with their
 * participants (§8) and the target indicators against their targets (§5).
 */
final class StatisticsFigures {
    private final VisitStatsService visits;
    private final PublicationService publications;
    private final OutletIssueService issues;
    private final EventService events;
    private final IndicatorService indicators;

    StatisticsFigures(VisitStatsService visits, PublicationService publications, OutletIssueService issues, EventService events,
                      IndicatorService indicators) {
        this.visits = visits;
        this.publications = publications;
        this.issues = issues;
        this.events = events;
        this.indicators = indicators;
    }

    void addTo(int year, Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
        visits(year, figures, blocks, gaps);
        publications(year, figures, blocks, gaps);
        issues(year, figures, blocks, gaps);
        events(year, figures, blocks, gaps);
        indicators(year, blocks);
    }

    private void visits(int year, Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
        VisitFigures now = visits.yearly(null, year, Segment.ALL);
        VisitFigures before = visits.yearly(null, year - 1, Segment.ALL);
        if (now == null || now.isEmpty()) {
            gaps.add(new Gap(Messages.get("annualReport.gap.visits", year), ReportDataService.STATISTICS));
            return;
        }
        put(figures, Placeholders.VISITORS, now.visitors());
        put(figures, Placeholders.NEW_VISITORS, now.newVisitors());
        put(figures, Placeholders.VISITS, now.visits());
        put(figures, Placeholders.PAGE_VIEWS, now.pageViews());
        if (before != null) {
            put(figures, Placeholders.VISITORS + Placeholders.PREVIOUS, before.visitors());
            put(figures, Placeholders.NEW_VISITORS + Placeholders.PREVIOUS, before.newVisitors());
            put(figures, Placeholders.VISITS + Placeholders.PREVIOUS, before.visits());
            put(figures, Placeholders.PAGE_VIEWS + Placeholders.PREVIOUS, before.pageViews());
        }
        for (Segment s : List.of(Segment.PRESCHOOL, Segment.GENERAL, Segment.ADDITIONAL)) {
            VisitFigures f = visits.yearly(null, year, s);
            if (f != null) {
                put(figures, Placeholders.VISITORS + "." + s.name().toLowerCase(java.util.Locale.ROOT), f.visitors());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Number> b = new ArrayList<>();
        List<Number> n = new ArrayList<>();
        for (WebResource r : visits.resources()) {
            VisitFigures fb = visits.yearly(r.id(), year - 1, Segment.ALL);
            VisitFigures fn = visits.yearly(r.id(), year, Segment.ALL);
            String[] labels = {Messages.get("annualReport.visit.visitors"), Messages.get("annualReport.visit.newVisitors"),
                    Messages.get("annualReport.visit.visits"), Messages.get("annualReport.visit.pageViews")};
            Integer[][] values = {{v(fb, 0), v(fn, 0)}, {v(fb, 1), v(fn, 1)}, {v(fb, 2), v(fn, 2)}, {v(fb, 3), v(fn, 3)}};
            for (int i = 0; i < labels.length; i++) {
                if (values[i][0] == null && values[i][1] == null) {
                    continue;
                }
                rows.add(List.of(r.name(), labels[i], cell(values[i][0]), cell(values[i][1])));
                categories.add(r.name() + ": " + labels[i]);
                b.add(values[i][0] == null ? 0 : values[i][0]);
                n.add(values[i][1] == null ? 0 : values[i][1]);
            }
        }
        List<ReportBlock> six = blocks.computeIfAbsent(6, k -> new ArrayList<>());
        six.add(new ReportBlock.Table(Messages.get("annualReport.sheet.visits"), Messages.get("annualReport.table.visits"),
                List.of(Messages.get("annualReport.col.resource"), Messages.get("annualReport.col.figure"),
                        Integer.toString(year - 1), Integer.toString(year)), rows));
        six.add(new ReportBlock.Chart(Messages.get("annualReport.chart.visits"), Messages.get("annualReport.axis.count"),
                categories, List.of(new ReportBlock.Series(Integer.toString(year - 1), b),
                new ReportBlock.Series(Integer.toString(year), n))));
    }

    private static Integer v(VisitFigures f, int i) {
        if (f == null) {
            return null;
        }
        return switch (i) {
            case 0 -> f.visitors();
            case 1 -> f.newVisitors();
            case 2 -> f.visits();
            default -> f.pageViews();
        };
    }

    private static Object cell(Integer v) {
        return v == null ? "" : v;
    }

    private static void put(Map<String, String> figures, String name, Integer value) {
        if (value != null) {
            figures.put(name, Integer.toString(value));
        }
    }

    private void publications(int year, Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (Publication p : publications.publications(null)) {
            if (p.date() != null && p.date().getYear() <= year) {
                perYear.merge(p.date().getYear(), 1, Integer::sum);
            }
        }
        if (!perYear.containsKey(year)) {
            gaps.add(new Gap(Messages.get("annualReport.gap.publications", year), ReportDataService.EVENTS));
        }
        figures.put(Placeholders.PUBLICATIONS, Integer.toString(perYear.getOrDefault(year, 0)));
        for (int back = 1; back <= 4; back++) {
            figures.put(Placeholders.PUBLICATIONS + "." + back, Integer.toString(perYear.getOrDefault(year - back, 0)));
        }
        List<List<Object>> rows = new ArrayList<>();
        perYear.forEach((y, c) -> rows.add(List.of(Integer.toString(y), c)));
        blocks.computeIfAbsent(8, k -> new ArrayList<>()).add(new ReportBlock.Table(Messages.get("annualReport.sheet.publications"),
                Messages.get("annualReport.table.publications"), List.of(Messages.get("annualReport.col.year"),
                Messages.get("annualReport.col.publications")), rows));
    }

    /**
     * The issues the outlets published up to the year (§8, a table) and, as figures, the year's main outlet: the one
     * with most issues («издано 20 номеров газеты «Панорама образования»»), the first by name on a tie.
     */
    private void issues(int year, Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
        Map<Long, String> names = new java.util.HashMap<>();
        publications.outlets().forEach(o -> names.put(o.id(), o.name()));
        List<OutletIssues> all = issues.list(null).stream().filter(f -> f.year() <= year).toList();
        all.stream().filter(f -> f.year() == year)
                .min(java.util.Comparator.comparing((OutletIssues f) -> -f.issues()).thenComparing(f -> names.get(f.outletId())))
                .ifPresentOrElse(main -> {
                    figures.put(Placeholders.PUBLICATIONS_ISSUES, Integer.toString(main.issues()));
                    figures.put(Placeholders.PUBLICATIONS_OUTLET, names.get(main.outletId()));
                }, () -> gaps.add(new Gap(Messages.get("annualReport.gap.issues", year), ReportDataService.EVENTS)));
        if (all.isEmpty()) {
            return;
        }
        List<List<Object>> rows = new ArrayList<>();
        all.stream().sorted(java.util.Comparator.comparingInt(OutletIssues::year).thenComparing(f -> names.get(f.outletId())))
                .forEach(f -> rows.add(List.of(Integer.toString(f.year()), names.get(f.outletId()), f.issues())));
        blocks.computeIfAbsent(8, k -> new ArrayList<>()).add(new ReportBlock.Table(Messages.get("annualReport.sheet.issues"),
                Messages.get("annualReport.table.issues"), List.of(Messages.get("annualReport.col.year"),
                Messages.get("annualReport.col.outlet"), Messages.get("annualReport.col.issues")), rows));
    }

    private void events(int year, Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
        List<EventRow> list = new ArrayList<>(events.events(year));
        if (list.isEmpty()) {
            gaps.add(new Gap(Messages.get("annualReport.gap.events", year), ReportDataService.EVENTS));
        }
        list.sort(java.util.Comparator.comparing(EventRow::startDate));
        int participants = list.stream().mapToInt(EventRow::participants).sum();
        figures.put(Placeholders.EVENTS, Integer.toString(list.size()));
        figures.put(Placeholders.PARTICIPANTS, Integer.toString(participants));
        List<List<Object>> rows = new ArrayList<>();
        for (EventRow e : list) {
            String dates = Dates.format(e.startDate()) + (e.endDate() == null || e.endDate().equals(e.startDate()) ? ""
                    : "–" + Dates.format(e.endDate()));
            rows.add(List.of(dates, e.title(), e.kind(), e.level().displayName(), e.participants()));
        }
        blocks.computeIfAbsent(8, k -> new ArrayList<>()).add(new ReportBlock.Table(Messages.get("annualReport.sheet.events"),
                Messages.get("annualReport.table.events", year), List.of(Messages.get("annualReport.col.dates"),
                Messages.get("annualReport.col.event"), Messages.get("annualReport.col.eventKind"),
                Messages.get("annualReport.col.eventLevel"), Messages.get("annualReport.col.participants")), rows));
    }

    private void indicators(int year, Map<Integer, List<ReportBlock>> blocks) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorActual a : indicators.actuals(year)) {
            rows.add(List.of(a.indicator().title(), a.indicator().unit() == null ? "" : a.indicator().unit(),
                    number(a.indicator().target()), Integer.toString(a.indicator().targetYear()),
                    a.value() == null ? "" : number(a.value()), a.source() == null ? "" : a.source()));
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.computeIfAbsent(5, k -> new ArrayList<>()).add(new ReportBlock.Table(Messages.get("annualReport.sheet.indicators"),
                Messages.get("annualReport.table.indicators", year), List.of(Messages.get("annualReport.col.indicator"),
                Messages.get("annualReport.col.unit"), Messages.get("annualReport.col.target"),
                Messages.get("annualReport.col.targetYear"), Messages.get("annualReport.col.actual", year),
                Messages.get("annualReport.col.source")), rows));
    }

    private static Object number(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return v.stripTrailingZeros().scale() <= 0 ? (Object) v.intValue() : v.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
