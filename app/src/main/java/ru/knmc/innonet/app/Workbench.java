package ru.knmc.innonet.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import ru.knmc.innonet.annualreport.AnnualReportView;
import ru.knmc.innonet.annualreport.AnnualReportViewModel;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.contest.ContestReminders;
import ru.knmc.innonet.statistics.StatisticsReminders;
import ru.knmc.innonet.contest.ContestView;
import ru.knmc.innonet.contest.ContestViewModel;
import ru.knmc.innonet.contest.ScoreSheetViewModel;
import ru.knmc.innonet.home.Reminder;
import ru.knmc.innonet.home.StartView;
import ru.knmc.innonet.home.StartViewModel;
import ru.knmc.innonet.council.CouncilActions;
import ru.knmc.innonet.council.CouncilView;
import ru.knmc.innonet.council.CouncilViewModel;
import ru.knmc.innonet.network.NetworksView;
import ru.knmc.innonet.network.NetworksViewModel;
import ru.knmc.innonet.registry.OrganizationCardView;
import ru.knmc.innonet.registry.OrganizationCardViewModel;
import ru.knmc.innonet.registry.OverviewView;
import ru.knmc.innonet.registry.OverviewViewModel;
import ru.knmc.innonet.registry.ReferenceView;
import ru.knmc.innonet.registry.RegistryView;
import ru.knmc.innonet.registry.RegistryViewModel;
import ru.knmc.innonet.settings.SettingsView;
import ru.knmc.innonet.settings.SettingsViewModel;

/** Wires the sections of the main window to the services; the one place that knows them all. */
public final class Workbench {
    private final AppHome home;
    private final Services services;
    private final FxBackground background;
    private final java.util.function.Supplier<Window> owner;
    private RegistryView registry;
    private ContestView contest;
    private ru.knmc.innonet.event.EventsView events;
    private ru.knmc.innonet.statistics.StatisticsView statistics;
    private MainWindow window;
    private final List<UnsavedWork> unsaved = new ArrayList<>();

    public Workbench(AppHome home, Services services, FxBackground background, java.util.function.Supplier<Window> owner) {
        this.home = home;
        this.services = services;
        this.background = background;
        this.owner = owner;
    }

    public MainWindow build() {
        List<MainWindow.Section> sections = new ArrayList<>();
        sections.add(new MainWindow.Section("home", "nav.home", this::startView));
        sections.add(new MainWindow.Section("registry", "nav.registry", () -> registryView().root()));
        sections.add(new MainWindow.Section("overview", "nav.overview", () -> overviewView().root()));
        sections.add(new MainWindow.Section("networks", "nav.networks", this::networksView));
        sections.add(new MainWindow.Section("council", "nav.council",
                () -> councilView().root()));
        sections.add(new MainWindow.Section(ContestReminders.SECTION, "nav.contest", () -> contestView().root()));
        sections.add(new MainWindow.Section(StatisticsReminders.EVENTS, "nav.events", () -> eventsView().root()));
        sections.add(new MainWindow.Section(StatisticsReminders.STATISTICS, "nav.statistics", () -> statisticsView().root()));
        sections.add(new MainWindow.Section("reports", "nav.reports", () -> new AnnualReportView(
                new AnnualReportViewModel(services, background, home::templates), owner, this::openSection).root()));
        sections.add(new MainWindow.Section("reference", "nav.reference",
                () -> new ReferenceView(services.reference(), background).root()));
        sections.add(new MainWindow.Section("settings", "nav.settings", () -> new SettingsView(
                new SettingsViewModel(home, background, services.database().location().display())).root()));
        window = new MainWindow(sections, services.database().location().display());
        return window;
    }

    /**
     * Before the window closes: every editor with unsaved changes asks save / discard / cancel, in turn;
     * {@code close} runs once all are settled, not at all after «Отмена».
     */
    public void beforeClose(Runnable close) {
        UnsavedWork.settle(unsaved, what -> Dialogs.unsavedChanges(owner.get(), what), close);
    }

    private javafx.scene.Node networksView() {
        NetworksViewModel vm = new NetworksViewModel(services, background, home::templates);
        unsaved.add(new UnsavedWork(vm.name()::get, vm.dirty(), vm::save));
        return new NetworksView(vm, owner).root();
    }

    private javafx.scene.Node startView() {
        StartView view = new StartView(new StartViewModel(services.startPage(), background, LocalDate::now), this::open);
        return view.root();
    }

    /** Goes to a section of the rail by its id; a section this build does not have is ignored. */
    private void openSection(String id) {
        if (window != null && window.has(id)) {
            window.show(id);
        }
    }

    /** Goes to the section a reminder names; a section this build does not have is ignored. */
    private void open(Reminder reminder) {
        if (window != null && window.has(reminder.sectionId())) {
            window.show(reminder.sectionId());
            if (ContestReminders.SECTION.equals(reminder.sectionId()) && reminder.targetId() != null) {
                contestView().viewModel().select(reminder.targetId());
            } else if (StatisticsReminders.EVENTS.equals(reminder.sectionId()) && reminder.targetId() != null) {
                eventsView().viewModel().focus(reminder.targetId());
            } else if (StatisticsReminders.STATISTICS.equals(reminder.sectionId())) {
                statisticsView().show(reminder.place(), reminder.targetId(), reminder.date());
            }
        }
    }

    public ru.knmc.innonet.event.EventsView eventsView() {
        if (events == null) {
            events = new ru.knmc.innonet.event.EventsView(new ru.knmc.innonet.event.EventsViewModel(services, background), owner);
        }
        return events;
    }

    public ru.knmc.innonet.statistics.StatisticsView statisticsView() {
        if (statistics == null) {
            statistics = new ru.knmc.innonet.statistics.StatisticsView(
                    new ru.knmc.innonet.statistics.StatisticsViewModel(services, background), owner);
        }
        return statistics;
    }

    public ContestView contestView() {
        if (contest == null) {
            contest = new ContestView(new ContestViewModel(services.database().dsl(), services.networkLinks(), background,
                    home::templates));
            ScoreSheetViewModel sheet = contest.viewModel().sheet();
            unsaved.add(new UnsavedWork(sheet.headingProperty()::get, sheet.dirtyProperty(), sheet::save));
        }
        return contest;
    }

    public RegistryView registryView() {
        if (registry == null) {
            registry = new RegistryView(new RegistryViewModel(services, background), this::openOrganization);
            registry.rememberColumns(new UiState(home));
            RegistryActions.install(registry, services, background, owner);
        }
        return registry;
    }

    private CouncilView councilView() {
        CouncilView view = new CouncilView(new CouncilViewModel(services, background), owner);
        unsaved.add(new UnsavedWork(() -> Messages.get("council.meeting.what"), view.viewModel().dirty(), view.viewModel()::save));
        CouncilActions.install(view, background, home::templates);
        return view;
    }

    private OverviewView overviewView() {
        OverviewView view = new OverviewView(new OverviewViewModel(services, background));
        OverviewActions.install(view, background, owner);
        return view;
    }

    public void openOrganization(Long id) {
        OrganizationCardViewModel vm = new OrganizationCardViewModel(services);
        try {
            vm.load(id);
        } catch (RuntimeException e) {
            Dialogs.error(owner.get(), e);
            return;
        }
        new OrganizationCardView(owner.get(), vm, () -> registry.viewModel().reload()).show();
    }

    static Tooltip tip(String key) {
        return new Tooltip(Messages.get(key));
    }

    static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }
}
