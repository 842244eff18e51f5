package ru.knmc.innonet.app;

import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import ru.knmc.innonet.annualreport.AnnualReportService;
import ru.knmc.innonet.annualreport.ReportDataService;
import ru.knmc.innonet.council.CouncilReminders;
import ru.knmc.innonet.council.CouncilService;
import ru.knmc.innonet.council.DecisionRegister;
import ru.knmc.innonet.council.MeetingService;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.network.NetworkChecklist;
import ru.knmc.innonet.network.NetworkPapers;
import ru.knmc.innonet.network.NetworkService;
import ru.knmc.innonet.home.ReminderSource;
import ru.knmc.innonet.home.StartPage;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.OverviewService;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.RegistryQueryService;
import ru.knmc.innonet.registry.StatusService;

/** The composition root: every service, wired once over one open database. */
public final class Services implements AutoCloseable {
    private final Database database;
    private final ReferenceService reference;
    private final OrganizationService organizations;
    private final StatusService statuses;
    private final RegistryQueryService registry;
    private final OverviewService overview;
    private final List<ReminderSource> reminders = new ArrayList<>();
    private final AnnualReportService annualReports;
    private final ReportDataService reportData;
    private final NetworkService networks;
    private final MeetingService meetings;
    private final CouncilService council;
    private final ru.knmc.innonet.event.EventService events;
    private final ru.knmc.innonet.event.PublicationService publications;
    private final ru.knmc.innonet.event.OutletIssueService outletIssues;
    private final ru.knmc.innonet.statistics.VisitStatsService visits;
    private final ru.knmc.innonet.statistics.IndicatorService indicators;
    private final ru.knmc.innonet.statistics.StatisticsCharts charts;

    public Services(Database database) {
        this.database = database;
        this.reference = new ReferenceService(database.dsl());
        this.organizations = new OrganizationService(database.dsl());
        this.statuses = new StatusService(database.dsl());
        this.registry = new RegistryQueryService(database.dsl());
        this.overview = new OverviewService(reference, registry);
        this.events = new ru.knmc.innonet.event.EventService(database.dsl());
        this.publications = new ru.knmc.innonet.event.PublicationService(database.dsl());
        this.outletIssues = new ru.knmc.innonet.event.OutletIssueService(database.dsl());
        this.visits = new ru.knmc.innonet.statistics.VisitStatsService(database.dsl());
        this.indicators = new ru.knmc.innonet.statistics.IndicatorService(database.dsl(), involvementSources());
        this.charts = new ru.knmc.innonet.statistics.StatisticsCharts(database.dsl(), indicators);
        // Each feature adds what its start-page reminders come from, here.
        this.networks = new NetworkService(database.dsl());
        this.meetings = new MeetingService(database.dsl());
        this.council = new CouncilService(database.dsl());
        this.annualReports = new AnnualReportService(database.dsl());
        this.reportData = new ReportDataService(database.dsl(), reference, annualReports, new ru.knmc.innonet.contest.RipoService(database.dsl()),
                visits, publications, events, indicators);
        reminders.add(new CouncilReminders(database.dsl()));
        reminders.add(new ru.knmc.innonet.contest.ContestReminders(database.dsl()));
        reminders.add(new ru.knmc.innonet.contest.ConflictReminders(database.dsl(), networks::partnersOf));
        reminders.add(new ru.knmc.innonet.statistics.StatisticsReminders(database.dsl(), indicators));
    }

    /** Where the target indicators find the teachers involved: entered figures, events, applications, RIPO, networks. */
    private static List<ru.knmc.innonet.statistics.InvolvementSource> involvementSources() {
        List<ru.knmc.innonet.statistics.InvolvementSource> sources =
                new ArrayList<>(ru.knmc.innonet.statistics.IndicatorService.ownSources());
        sources.add(new ru.knmc.innonet.contest.ApplicationInvolvement());
        sources.add(new ru.knmc.innonet.contest.RipoInvolvement());
        sources.add(new ru.knmc.innonet.network.NetworkInvolvement());
        return sources;
    }

    public NetworkService networks() {
        return networks;
    }

    public NetworkChecklist checklist() {
        return new NetworkChecklist(database.dsl(), Clock.systemDefaultZone());
    }

    public NetworkPapers networkPapers() {
        return new NetworkPapers(database.dsl());
    }

    public MeetingService meetings() {
        return meetings;
    }

    public CouncilService council() {
        return council;
    }

    public DecisionRegister decisions() {
        return new DecisionRegister(database.dsl(), Clock.systemDefaultZone());
    }

    public Database database() {
        return database;
    }

    public ReferenceService reference() {
        return reference;
    }

    public OrganizationService organizations() {
        return organizations;
    }

    public StatusService statuses() {
        return statuses;
    }

    public RegistryQueryService registry() {
        return registry;
    }

    public OverviewService overview() {
        return overview;
    }

    /** Who works with whom in networks, for the contest's conflict rule: the networks' members. */
    public ru.knmc.innonet.contest.NetworkLinks networkLinks() {
        return networks::partnersOf;
    }

    public ru.knmc.innonet.event.EventService events() {
        return events;
    }

    public ru.knmc.innonet.event.PublicationService publications() {
        return publications;
    }

    /** The issues each outlet published per year. */
    public ru.knmc.innonet.event.OutletIssueService outletIssues() {
        return outletIssues;
    }

    public ru.knmc.innonet.statistics.VisitStatsService visits() {
        return visits;
    }

    public ru.knmc.innonet.statistics.IndicatorService indicators() {
        return indicators;
    }

    public ru.knmc.innonet.statistics.StatisticsCharts charts() {
        return charts;
    }

    public AnnualReportService annualReports() {
        return annualReports;
    }

    public ReportDataService reportData() {
        return reportData;
    }

    /** The start page's reminders from every feature. */
    public StartPage startPage() {
        return new StartPage(reminders);
    }

    @Override
    public void close() {
        database.close();
    }
}
