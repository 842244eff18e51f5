package ru.knmc.innonet.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/**
 * «Совет»: the meetings with the one being prepared or written up (header, agenda in order, attendance,
 * its paper for the preview), the register of decisions, and the council's composition per year.
 */
public final class CouncilViewModel {
    private final Services services;
    private final Background background;
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObservableList<LegalOrder> orders = FXCollections.observableArrayList();
    private final Map<Long, Person> personById = new HashMap<>();
    private final Map<Long, String> orgNames = new HashMap<>();
    private final Map<AcademicYear, Composition> compositions = new HashMap<>();

    private final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> current = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<MeetingStatus> status = new SimpleObjectProperty<>(MeetingStatus.PLANNED);
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObservableList<Attendee> attendance = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingPaper> paper = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private final ObservableList<DecisionRow> decisions = FXCollections.observableArrayList();
    private final StringProperty decisionWords = new SimpleStringProperty("");
    private final ObjectProperty<DecisionFilter.State> decisionState = new SimpleObjectProperty<>(DecisionFilter.State.OPEN);

    private final ObjectProperty<AcademicYear> compositionYear = new SimpleObjectProperty<>();
    private final ObservableList<AcademicYear> compositionYears = FXCollections.observableArrayList();
    private final ObservableList<CouncilMember> compositionMembers = FXCollections.observableArrayList();
    private final ObjectProperty<LegalOrder> compositionOrder = new SimpleObjectProperty<>();
    private boolean loading;

    public CouncilViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
        ChangeListener<Object> touch = (o, a, b) -> changed();
        List<javafx.beans.value.ObservableValue<?>> fields = List.of(number, date, time, place, status);
        fields.forEach(f -> f.addListener(touch));
        ListChangeListener<Object> listTouch = c -> changed();
        items.addListener(listTouch);
        attendance.addListener(listTouch);
        decisionWords.addListener((o, a, b) -> reloadDecisions());
        decisionState.addListener((o, a, b) -> reloadDecisions());
        compositionYear.addListener((o, a, y) -> showComposition(y));
    }

    private void changed() {
        if (!loading) {
            dirty.set(true);
        }
        refreshPaper();
    }

    /** The preview's paper, rebuilt at once from what is in memory: it follows every change. */
    private void refreshPaper() {
        if (current.get() == null) {
            paper.set(null);
            return;
        }
        Meeting m = draftOrNull();
        if (m == null) {
            return;
        }
        Optional<Composition> c = m.date() == null ? Optional.empty() : Optional.ofNullable(compositions.get(AcademicYear.of(m.date())));
        paper.set(MeetingPaper.of(m, c, personById::get, orgNames));
    }

    public void load() {
        background.run(() -> new Reference(services.meetings().list(), services.organizations().allPersons(),
                        services.organizations().all(), services.reference().orders(), compositions()),
                r -> {
                    meetings.setAll(r.meetings());
                    persons.setAll(r.persons());
                    organizations.setAll(r.organizations());
                    orders.setAll(r.orders());
                    personById.clear();
                    r.persons().forEach(p -> personById.put(p.id(), p));
                    orgNames.clear();
                    r.organizations().forEach(o -> orgNames.put(o.id(), o.shortName()));
                    compositions.clear();
                    compositions.putAll(r.compositions());
                    List<AcademicYear> years = new ArrayList<>(r.compositions().keySet());
                    years.sort(java.util.Comparator.reverseOrder());
                    compositionYears.setAll(years);
                    if (compositionYear.get() == null && !years.isEmpty()) {
                        compositionYear.set(years.get(0));
                    }
                    reloadDecisions();
                }, this::fail);
    }

    private Map<AcademicYear, Composition> compositions() {
        Map<AcademicYear, Composition> result = new HashMap<>();
        for (AcademicYear y : services.council().years()) {
            services.council().composition(y).ifPresent(c -> result.put(y, c));
        }
        return result;
    }

    private record Reference(List<MeetingSummary> meetings, List<Person> persons, List<Organization> organizations,
                             List<LegalOrder> orders, Map<AcademicYear, Composition> compositions) {
    }

    public void open(long id) {
        background.run(() -> services.meetings().get(id), this::show, this::fail);
    }

    /** A new meeting two weeks ahead, numbered as the next of its calendar year, its members invited. */
    public void newMeeting() {
        LocalDate day = LocalDate.now().plusWeeks(2);
        background.run(() -> services.meetings().nextNumber(day, null), n -> {
            show(new Meeting(null, n, day, LocalTime.of(14, 0), Messages.get("council.defaultPlace"), MeetingStatus.PLANNED,
                    List.of(), List.of(), 0));
            fillAttendance();
            dirty.set(true);
        }, this::fail);
    }

    /** For tests and the window alike: a blank new meeting on {@code day} without asking the database. */
    public void newMeeting(LocalDate day, int meetingNumber) {
        show(new Meeting(null, meetingNumber, day, LocalTime.of(14, 0), Messages.get("council.defaultPlace"), MeetingStatus.PLANNED,
                List.of(), List.of(), 0));
        dirty.set(true);
    }

    private void show(Meeting m) {
        loading = true;
        try {
            current.set(m);
            number.set(String.valueOf(m.number()));
            date.set(m.date());
            time.set(m.time() == null ? "" : m.time().toString());
            place.set(m.place() == null ? "" : m.place());
            status.set(m.status());
            items.setAll(m.items());
            attendance.setAll(m.attendance());
            error.set("");
            dirty.set(false);
        } finally {
            loading = false;
        }
        refreshPaper();
    }

    private Meeting draftOrNull() {
        try {
            return draft();
        } catch (ValidationException e) {
            return null;
        }
    }

    /** The meeting as the fields say; a number or time that cannot be read is reported by field. */
    public Meeting draft() {
        Meeting base = current.get();
        int n;
        try {
            n = number.get() == null || number.get().isBlank() ? 0 : Integer.parseInt(number.get().strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("number", "validation.meeting.number");
        }
        LocalTime t;
        try {
            t = time.get() == null || time.get().isBlank() ? null : LocalTime.parse(time.get().strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("time", "validation.meeting.time", time.get());
        }
        return new Meeting(base == null ? null : base.id(), n, date.get(), t, place.get(), status.get(), items, attendance,
                base == null ? 0 : base.version());
    }

    public void save(Runnable after) {
        Meeting m;
        try {
            m = draft();
        } catch (ValidationException e) {
            error.set(e.getMessage());
            return;
        }
        background.run(() -> services.meetings().save(m), saved -> {
            show(saved);
            message.set(Messages.get("council.saved", saved.number(), ru.knmc.innonet.common.Dates.format(saved.date())));
            background.run(() -> services.meetings().list(), meetings::setAll, this::fail);
            reloadDecisions();
            after.run();
        }, e -> error.set(Dialogs.describe(e)));
    }

    public void delete() {
        Meeting m = current.get();
        if (m == null || m.id() == null) {
            return;
        }
        background.run(() -> {
            services.meetings().delete(m);
            return services.meetings().list();
        }, list -> {
            meetings.setAll(list);
            current.set(null);
            dirty.set(false);
            reloadDecisions();
        }, this::fail);
    }

    /** Moves an agenda item from one place to another (drag and drop, Alt+arrows); numbering follows. */
    public void moveItem(int from, int to) {
        if (from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to) {
            return;
        }
        AgendaItem item = items.remove(from);
        items.add(to, item);
    }

    /** Invites the composition of the meeting's academic year, present unless marked otherwise; keeps guests. */
    public void fillAttendance() {
        if (date.get() == null) {
            return;
        }
        Composition c = compositions.get(AcademicYear.of(date.get()));
        if (c == null) {
            error.set(Messages.get("council.noComposition", AcademicYear.of(date.get()).toString()));
            return;
        }
        List<Attendee> list = new ArrayList<>();
        for (CouncilMember m : c.members()) {
            boolean present = attendance.stream().filter(a -> a.personId() == m.personId()).map(Attendee::present).findFirst().orElse(true);
            list.add(new Attendee(m.personId(), false, present));
        }
        attendance.stream().filter(Attendee::guest).forEach(list::add);
        attendance.setAll(list);
    }

    // --- decisions ---

    public void reloadDecisions() {
        DecisionFilter f = new DecisionFilter(decisionWords.get(), decisionState.get(), null, null);
        background.run(() -> services.decisions().find(f), decisions::setAll, this::fail);
    }

    public void setDone(DecisionRow row, LocalDate on) {
        background.run(() -> {
            services.decisions().setDone(row.id(), on);
            return row;
        }, r -> reloadDecisions(), this::fail);
    }

    // --- composition ---

    private void showComposition(AcademicYear y) {
        Composition c = y == null ? null : compositions.get(y);
        compositionMembers.setAll(c == null ? List.of() : c.members());
        compositionOrder.set(c == null || c.orderId() == null ? null
                : orders.stream().filter(o -> o.id().equals(c.orderId())).findFirst().orElse(null));
    }

    public void saveComposition() {
        AcademicYear y = compositionYear.get();
        Composition old = compositions.get(y);
        Composition c = new Composition(old == null ? null : old.id(), y, compositionOrder.get() == null ? null : compositionOrder.get().id(),
                compositionMembers, old == null ? 0 : old.version());
        background.run(() -> services.council().save(c), saved -> {
            compositions.put(y, saved);
            message.set(Messages.get("council.composition.saved", y.toString()));
            refreshPaper();
        }, this::fail);
    }

    /** Starts the year after the latest as a copy of it. */
    public void copyLast() {
        AcademicYear next = compositionYears.isEmpty() ? AcademicYear.current() : compositionYears.get(0).next();
        background.run(() -> services.council().copyLast(next), saved -> {
            compositions.put(next, saved);
            compositionYears.add(0, next);
            compositionYear.set(next);
            message.set(Messages.get("council.composition.copied", next.toString()));
        }, this::fail);
    }

    private void fail(Throwable t) {
        error.set(Dialogs.describe(t));
    }

    public String personName(Long id) {
        Person p = id == null ? null : personById.get(id);
        return p == null ? "" : p.shortName();
    }

    public Person person(Long id) {
        return id == null ? null : personById.get(id);
    }

    public String orgName(Long id) {
        return id == null ? "" : orgNames.getOrDefault(id, "");
    }

    public boolean isCouncilMember(long personId) {
        Composition c = date.get() == null ? null : compositions.get(AcademicYear.of(date.get()));
        return c != null && c.members().stream().anyMatch(m -> m.personId() == personId);
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ObservableList<LegalOrder> orders() {
        return orders;
    }

    public ObservableList<MeetingSummary> meetings() {
        return meetings;
    }

    public ObjectProperty<Meeting> current() {
        return current;
    }

    public StringProperty number() {
        return number;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty time() {
        return time;
    }

    public StringProperty place() {
        return place;
    }

    public ObjectProperty<MeetingStatus> status() {
        return status;
    }

    public ObservableList<AgendaItem> items() {
        return items;
    }

    public ObservableList<Attendee> attendance() {
        return attendance;
    }

    public ObjectProperty<MeetingPaper> paper() {
        return paper;
    }

    public BooleanProperty dirty() {
        return dirty;
    }

    public StringProperty error() {
        return error;
    }

    public StringProperty message() {
        return message;
    }

    public ObservableList<DecisionRow> decisions() {
        return decisions;
    }

    public StringProperty decisionWords() {
        return decisionWords;
    }

    public ObjectProperty<DecisionFilter.State> decisionState() {
        return decisionState;
    }

    public ObjectProperty<AcademicYear> compositionYear() {
        return compositionYear;
    }

    public ObservableList<AcademicYear> compositionYears() {
        return compositionYears;
    }

    public ObservableList<CouncilMember> compositionMembers() {
        return compositionMembers;
    }

    public ObjectProperty<LegalOrder> compositionOrder() {
        return compositionOrder;
    }
}
