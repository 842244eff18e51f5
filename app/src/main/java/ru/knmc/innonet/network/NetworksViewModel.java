package ru.knmc.innonet.network;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.council.DecisionChoice;
import ru.knmc.innonet.registry.Direction;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/**
 * «Сети»: the list of networks, the network being edited (its fields and its members, agreements, team
 * and roadmap as lists), its twelve tasks and picture for a year, and every network against the tasks.
 */
public final class NetworksViewModel {
    private final Services services;
    private final Background background;
    private final ObservableList<NetworkSummary> all = FXCollections.observableArrayList();
    private final FilteredList<NetworkSummary> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObservableList<Direction> directions = FXCollections.observableArrayList();
    private final ObservableList<DecisionChoice> decisions = FXCollections.observableArrayList();
    private final Map<Long, Organization> orgById = new HashMap<>();
    private final Map<Long, Person> personById = new HashMap<>();
    private final Map<Long, String> decisionById = new HashMap<>();

    private final ObjectProperty<Network> current = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty theme = new SimpleStringProperty("");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> centre = new SimpleObjectProperty<>();
    private final ObjectProperty<FormationVariant> variant = new SimpleObjectProperty<>(FormationVariant.MSIP);
    private final ObjectProperty<InteractionForm> form = new SimpleObjectProperty<>(InteractionForm.SITE);
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> methodist = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> tutor = new SimpleObjectProperty<>();
    private final ObjectProperty<DecisionChoice> tutorDecision = new SimpleObjectProperty<>();
    private final ObservableList<NetworkMember> members = FXCollections.observableArrayList();
    private final ObservableList<Agreement> agreements = FXCollections.observableArrayList();
    private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
    private final ObservableList<RoadmapItem> roadmap = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty warnings = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    private final ObjectProperty<AcademicYear> year = new SimpleObjectProperty<>(AcademicYear.current());
    private final ObservableList<TaskState> tasks = FXCollections.observableArrayList();
    private final ObservableList<ChecklistRow> overview = FXCollections.observableArrayList();
    private final ObjectProperty<byte[]> picture = new SimpleObjectProperty<>();
    private final AtomicLong sequence = new AtomicLong();
    private boolean loading;

    public NetworksViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
        search.addListener((o, a, text) -> shown.setPredicate(s -> matches(s, text)));
        ChangeListener<Object> touch = (o, a, b) -> touched();
        List<javafx.beans.value.ObservableValue<?>> fields = List.of(name, theme, direction, centre, variant, form, start, end,
                methodist, tutor, tutorDecision);
        fields.forEach(p -> p.addListener(touch));
        ListChangeListener<Object> listTouch = c -> touched();
        members.addListener(listTouch);
        agreements.addListener(listTouch);
        team.addListener(listTouch);
        roadmap.addListener(listTouch);
        year.addListener((o, a, b) -> refreshYear());
    }

    private static boolean matches(NetworkSummary s, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Messages.RUSSIAN);
        return (s.name() + " " + s.centreName() + " " + (s.directionTitle() == null ? "" : s.directionTitle()))
                .toLowerCase(Messages.RUSSIAN).contains(t);
    }

    private void touched() {
        if (!loading) {
            dirty.set(true);
        }
    }

    /** Loads the list and the reference data for the choices. */
    public void load() {
        background.run(() -> new Reference(services.networks().latestRoadmapYear(), services.networks().list(), services.organizations().all(),
                        services.organizations().allPersons(), services.reference().allDirections(), services.decisions().choices()),
                r -> {
                    r.latestYear().filter(y -> y.compareTo(year.get()) < 0).ifPresent(year::set);
                    all.setAll(r.networks());
                    organizations.setAll(r.organizations());
                    persons.setAll(r.persons());
                    directions.setAll(r.directions());
                    decisions.setAll(r.decisions());
                    orgById.clear();
                    r.organizations().forEach(o -> orgById.put(o.id(), o));
                    personById.clear();
                    r.persons().forEach(p -> personById.put(p.id(), p));
                    decisionById.clear();
                    r.decisions().forEach(d -> decisionById.put(d.id(), d.reference()));
                    refreshOverview();
                }, this::fail);
    }

    private record Reference(java.util.Optional<AcademicYear> latestYear, List<NetworkSummary> networks, List<Organization> organizations, List<Person> persons,
                             List<Direction> directions, List<DecisionChoice> decisions) {
    }

    private void reloadList() {
        background.run(() -> services.networks().list(), all::setAll, this::fail);
    }

    public void open(long id) {
        background.run(() -> services.networks().get(id), this::show, this::fail);
    }

    public void newNetwork() {
        show(Network.blank());
    }

    private void show(Network n) {
        loading = true;
        try {
            current.set(n);
            name.set(n.name());
            theme.set(n.theme() == null ? "" : n.theme());
            direction.set(n.directionId() == null ? null : directions.stream().filter(d -> d.id().equals(n.directionId())).findFirst().orElse(null));
            centre.set(n.centreId() == null ? null : orgById.get(n.centreId()));
            variant.set(n.variant());
            form.set(n.form());
            start.set(n.startDate());
            end.set(n.endDate());
            methodist.set(n.methodistId() == null ? null : personById.get(n.methodistId()));
            tutor.set(n.tutorId() == null ? null : personById.get(n.tutorId()));
            tutorDecision.set(n.tutorDecisionId() == null ? null
                    : decisions.stream().filter(d -> d.id() == n.tutorDecisionId()).findFirst().orElse(null));
            members.setAll(n.members());
            agreements.setAll(n.agreements());
            team.setAll(n.team());
            roadmap.setAll(n.roadmap());
            error.set("");
            dirty.set(false);
        } finally {
            loading = false;
        }
        refreshYear();
    }

    /** The network as the fields and lists now say. */
    public Network draft() {
        Network base = current.get() == null ? Network.blank() : current.get();
        return new Network(base.id(), name.get(), theme.get(), direction.get() == null ? null : direction.get().id(),
                centre.get() == null ? null : centre.get().id(), variant.get(), form.get(), start.get(), end.get(),
                methodist.get() == null ? null : methodist.get().id(), tutor.get() == null ? null : tutor.get().id(),
                tutorDecision.get() == null ? null : tutorDecision.get().id(), base.version(), members, agreements, team, roadmap);
    }

    /** Saves in the background; {@code after} runs once it is saved. */
    public void save(Runnable after) {
        Network d = draft();
        background.run(() -> services.networks().save(d), saved -> {
            show(saved);
            status.set(Messages.get("network.saved", saved.name()));
            reloadList();
            refreshOverview();
            after.run();
        }, e -> error.set(Dialogs.describe(e)));
    }

    public void delete() {
        Network n = current.get();
        if (n == null || n.id() == null) {
            return;
        }
        background.run(() -> {
            services.networks().delete(n);
            return n;
        }, x -> {
            current.set(null);
            dirty.set(false);
            reloadList();
            refreshOverview();
        }, this::fail);
    }

    private void refreshYear() {
        Network n = current.get();
        long seq = sequence.incrementAndGet();
        List<AgreementWarning> w = NetworkRules.agreementWarnings(draft(), LocalDate.now());
        warnings.set(w.isEmpty() ? "" : Messages.get("network.warnings", String.join("; ", w.stream().map(this::warning).toList())));
        if (n == null || n.id() == null) {
            tasks.clear();
            picture.set(null);
            return;
        }
        AcademicYear y = year.get();
        LocalDate day = pictureDay(y);
        background.run(() -> new YearView(services.checklist().checklist(n.id(), y),
                        NetworkPicture.png(services.networkPapers().paper(n.id(), day), day)),
                v -> {
                    if (seq == sequence.get()) {
                        tasks.setAll(v.tasks());
                        picture.set(v.png());
                    }
                }, this::fail);
    }

    private record YearView(List<TaskState> tasks, byte[] png) {
    }

    /** The day a year's picture shows: today within the year, else the year's last day. */
    public LocalDate pictureDay(AcademicYear y) {
        LocalDate today = LocalDate.now();
        return today.isAfter(y.end()) ? y.end() : today.isBefore(y.start()) ? y.start() : today;
    }

    private String warning(AgreementWarning w) {
        String org = orgName(w.organizationId());
        return w.kind() == AgreementWarning.Kind.NONE ? Messages.get("network.warning.none", org)
                : Messages.get("network.warning.expired", org, ru.knmc.innonet.common.Dates.format(w.expiredOn()));
    }

    public void refreshOverview() {
        AcademicYear y = year.get();
        background.run(() -> services.checklist().overview(y), overview::setAll, this::fail);
    }

    public void mark(int task, LocalDate on) {
        Network n = current.get();
        AcademicYear y = year.get();
        background.run(() -> {
            if (on == null) {
                services.checklist().unmark(n.id(), y, task);
            } else {
                services.checklist().mark(n.id(), y, task, on, null);
            }
            return y;
        }, x -> {
            refreshYear();
            refreshOverview();
        }, this::fail);
    }

    /** Writes a document of the saved network; {@code kind} is page, roadmap or picture. */
    public void export(String kind, Path out, java.util.function.Consumer<Path> done) {
        Network n = current.get();
        AcademicYear y = year.get();
        LocalDate day = pictureDay(y);
        background.run(() -> {
            NetworkPaper paper = services.networkPapers().paper(n.id(), day);
            switch (kind) {
                case "roadmap" -> RoadmapWorkbook.write(paper, y, out);
                case "picture" -> NetworkPicture.save(paper, day, out);
                default -> NetworkPage.write(paper, day, y, out);
            }
            return out;
        }, done, this::fail);
    }

    private void fail(Throwable t) {
        error.set(Dialogs.describe(t));
    }

    public String orgName(Long id) {
        Organization o = id == null ? null : orgById.get(id);
        return o == null ? "" : o.shortName();
    }

    public String personName(Long id) {
        Person p = id == null ? null : personById.get(id);
        return p == null ? "" : p.shortName();
    }

    public String decisionName(Long id) {
        return id == null ? "" : decisionById.getOrDefault(id, "");
    }

    public ObservableList<NetworkSummary> shown() {
        return shown;
    }

    public StringProperty search() {
        return search;
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObservableList<Direction> directions() {
        return directions;
    }

    public ObservableList<DecisionChoice> decisions() {
        return decisions;
    }

    public ObjectProperty<Network> current() {
        return current;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty theme() {
        return theme;
    }

    public ObjectProperty<Direction> direction() {
        return direction;
    }

    public ObjectProperty<Organization> centre() {
        return centre;
    }

    public ObjectProperty<FormationVariant> variant() {
        return variant;
    }

    public ObjectProperty<InteractionForm> form() {
        return form;
    }

    public ObjectProperty<LocalDate> start() {
        return start;
    }

    public ObjectProperty<LocalDate> end() {
        return end;
    }

    public ObjectProperty<Person> methodist() {
        return methodist;
    }

    public ObjectProperty<Person> tutor() {
        return tutor;
    }

    public ObjectProperty<DecisionChoice> tutorDecision() {
        return tutorDecision;
    }

    public ObservableList<NetworkMember> members() {
        return members;
    }

    public ObservableList<Agreement> agreements() {
        return agreements;
    }

    public ObservableList<TeamMember> team() {
        return team;
    }

    public ObservableList<RoadmapItem> roadmap() {
        return roadmap;
    }

    public BooleanProperty dirty() {
        return dirty;
    }

    public StringProperty error() {
        return error;
    }

    public StringProperty warnings() {
        return warnings;
    }

    public StringProperty status() {
        return status;
    }

    public ObjectProperty<AcademicYear> year() {
        return year;
    }

    public ObservableList<TaskState> tasks() {
        return tasks;
    }

    public ObservableList<ChecklistRow> overview() {
        return overview;
    }

    public ObjectProperty<byte[]> picture() {
        return picture;
    }
}
