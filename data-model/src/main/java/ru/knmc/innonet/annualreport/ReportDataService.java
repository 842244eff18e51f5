package ru.knmc.innonet.annualreport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.Overview;
import ru.knmc.innonet.registry.ReferenceService;

/**
 * Computes a year's {@link ReportData} from the other features' services and says what the data lacks.
 * The registry's figures are counted by the database ({@link RegistryQueries}).
 */
public final class ReportDataService {
    /** The rail's section ids a {@link Gap} points to. */
    public static final String REFERENCE = "reference";
    public static final String REGISTRY = "registry";
    public static final String REPORTS = "reports";
    public static final String STATISTICS = "statistics";
    public static final String EVENTS = "events";
    public static final String NETWORKS = "networks";
    public static final String CONTESTS = ru.knmc.innonet.contest.ContestReminders.SECTION;

    private final ReferenceService reference;
    private final RegistryQueries registry;
    private final AnnualReportService reports;
    private final RipoFigures ripo;
    private final StatisticsFigures statistics;
    private final NetworkFigures networks;
    private final ContestFigures contests;

    public ReportDataService(org.jooq.DSLContext dsl, ReferenceService reference, AnnualReportService reports,
                             ru.knmc.innonet.contest.RipoService ripo, ru.knmc.innonet.statistics.VisitStatsService visits,
                             ru.knmc.innonet.event.PublicationService publications, ru.knmc.innonet.event.EventService events,
                             ru.knmc.innonet.statistics.IndicatorService indicators) {
        this.reference = reference;
        this.registry = new RegistryQueries(dsl);
        this.networks = new NetworkFigures(dsl, new ru.knmc.innonet.network.NetworkChecklist(dsl, java.time.Clock.systemDefaultZone()));
        this.contests = new ContestFigures(dsl);
        this.reports = reports;
        this.ripo = new RipoFigures(ripo);
        this.statistics = new StatisticsFigures(visits, publications, new ru.knmc.innonet.event.OutletIssueService(dsl), events,
                indicators);
    }

    /** Every service over one database, as the program wires them. */
    public static ReportDataService over(org.jooq.DSLContext dsl) {
        return new ReportDataService(dsl, new ReferenceService(dsl), new AnnualReportService(dsl),
                new ru.knmc.innonet.contest.RipoService(dsl), new ru.knmc.innonet.statistics.VisitStatsService(dsl),
                new ru.knmc.innonet.event.PublicationService(dsl), new ru.knmc.innonet.event.EventService(dsl),
                new ru.knmc.innonet.statistics.IndicatorService(dsl));
    }

    /** The figures and blocks of {@code year}, and the gaps in the data and in {@code report}'s text. */
    public ReportData compute(int year, AnnualReport report) {
        List<Gap> gaps = new ArrayList<>();
        Map<String, String> figures = new HashMap<>();
        Map<Integer, List<ReportBlock>> blocks = new LinkedHashMap<>();
        Optional<Municipality> home = reference.municipalityByName(Messages.get("default.municipality"))
                .or(() -> reference.municipalities().stream().findFirst());
        if (home.isEmpty()) {
            gaps.add(new Gap(Messages.get("annualReport.gap.municipality"), REFERENCE));
            return new ReportData(year, "", figures, blocks, gaps);
        }
        Municipality m = home.get();
        Map<Integer, Overview.Share> shares = new HashMap<>();
        for (int y : List.of(year - 1, year)) {
            var totals = reference.totals(m.id(), y);
            int total = totals.entrySet().stream().filter(t -> t.getKey().isEducational()).mapToInt(Map.Entry::getValue).sum();
            shares.put(y, new Overview.Share(y, registry.inInfrastructure(m.id(), y), total));
            if (totals.isEmpty()) {
                gaps.add(new Gap(Messages.get("annualReport.gap.totals", m.name(), y), REFERENCE));
            }
        }
        AcademicYear academic = new AcademicYear(year);
        var directions = reference.directions(academic);
        if (directions.isEmpty()) {
            gaps.add(new Gap(Messages.get("annualReport.gap.directions", academic), REFERENCE));
        }
        new RegistryFigures(RegistryFigures.query(registry, year, m.id(), reference.statusKinds(), directions, shares))
                .addTo(figures, blocks);
        ripo.addTo(year, figures, blocks, gaps);
        statistics.addTo(year, figures, blocks, gaps);
        networks.addTo(year, figures, blocks, gaps);
        contests.addTo(year, figures, blocks, gaps);
        if ("0".equals(figures.get(Placeholders.SITES))) {
            gaps.add(new Gap(Messages.get("annualReport.gap.statuses", year), REGISTRY));
        }
        textGaps(report, new ReportData(year, m.name(), figures, blocks, List.of()), gaps);
        if (reports.workPlan(academic).isEmpty()) {
            gaps.add(new Gap(Messages.get("annualReport.gap.workPlan", academic), REPORTS));
        }
        return new ReportData(year, m.name(), figures, blocks, gaps);
    }

    /** Empty sections, unknown placeholders and known ones the data cannot fill this year. */
    static void textGaps(AnnualReport report, ReportData data, List<Gap> gaps) {
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            String text = report.section(n);
            if (text.isBlank() && n != 1) {
                gaps.add(new Gap(Messages.get("annualReport.gap.emptySection", AnnualReport.numberedTitle(n)), REPORTS));
            }
            for (String name : Markup.placeholders(text)) {
                if (Placeholders.find(name).isEmpty()) {
                    gaps.add(new Gap(Messages.get("annualReport.gap.unknownPlaceholder", AnnualReport.numberedTitle(n),
                            "{{" + name + "}}"), REPORTS));
                } else if (data.figure(name) == null) {
                    gaps.add(new Gap(Messages.get("annualReport.gap.noFigure", AnnualReport.numberedTitle(n),
                            "{{" + name + "}}", Placeholders.find(name).get().description()), REPORTS));
                }
            }
        }
    }
}
