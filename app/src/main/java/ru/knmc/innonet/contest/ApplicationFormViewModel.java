package ru.knmc.innonet.contest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jooq.DSLContext;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.Direction;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Person;
import ru.knmc.innonet.registry.ReferenceService;

/**
 * The application form: the applicant and co-applicants from the registry, subsystem, direction, every
 * field of the project passport (seed 004), its stages, authors and supervisor, the attached files and
 * the status. Rules are checked as the user types (the message stands under the field) and again by
 * {@link ApplicationService} on saving, with the version check against a second window.
 */
public final class ApplicationFormViewModel {
    /** The passport's text points in the order of seed 004, with the label of each. */
    public static final List<String> TEXT_POINTS = List.of("goals", "tasks", "mainIdea", "legalBasis", "significance",
            "novelty", "practicalValue", "prospects", "dissemination", "publications", "siteStatus", "resources");
    private static final Map<String, String> POINT_NUMBERS = Map.ofEntries(Map.entry("goals", "4"),
            Map.entry("tasks", "5"), Map.entry("mainIdea", "6"), Map.entry("legalBasis", "7"),
            Map.entry("significance", "8"), Map.entry("novelty", "9"), Map.entry("practicalValue", "10"),
            Map.entry("prospects", "12"), Map.entry("dissemination", "13"), Map.entry("publications", "14"),
            Map.entry("siteStatus", "15"), Map.entry("resources", "16"));

    /** An attached file as the form shows it: missing files are shown so, never an error. */
    public record Attachment(String path, boolean exists) {
        static Attachment of(String path) {
            boolean exists;
            try {
                exists = Files.isRegularFile(Path.of(path));
            } catch (RuntimeException e) {
                exists = false;
            }
            return new Attachment(path, exists);
        }
    }

    private final DSLContext dsl;
    private final Background background;
    private final Contest contest;
    private Application original;

    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObservableList<Direction> directions = FXCollections.observableArrayList();
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final ObservableList<Organization> coapplicants = FXCollections.observableArrayList();
    private final ObjectProperty<Subsystem> subsystem = new SimpleObjectProperty<>();
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>();
    private final ObjectProperty<Person> supervisor = new SimpleObjectProperty<>();
    private final ObservableList<Person> authors = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> submittedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ApplicationStatus> status = new SimpleObjectProperty<>(ApplicationStatus.SUBMITTED);
    private final StringProperty topic = new SimpleStringProperty("");
    private final Map<String, StringProperty> points = new LinkedHashMap<>();
    private final ObservableList<PassportStage> stages = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper topicError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper organizationError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper subsystemError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper coapplicantsError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private boolean showing;

    public ApplicationFormViewModel(DSLContext dsl, Background background, Contest contest) {
        this.dsl = dsl;
        this.background = background;
        this.contest = contest;
        TEXT_POINTS.forEach(p -> points.put(p, new SimpleStringProperty("")));
        topic.addListener((o, a, b) -> topicError.set(topicProblem()));
        organization.addListener((o, a, b) -> {
            organizationError.set(b == null ? Messages.get("validation.required", Messages.get("contest.col.organization")) : null);
            coapplicantsError.set(coapplicantProblem());
            if (b != null && subsystem.get() == null) {
                subsystem.set(SiteReportService.subsystemOf(b.type()));
            }
        });
        subsystem.addListener((o, a, b) -> subsystemError.set(b == null
                ? Messages.get("validation.required", Messages.get("contest.field.subsystem")) : null));
        coapplicants.addListener((Observable o) -> coapplicantsError.set(coapplicantProblem()));
        List<Observable> all = new java.util.ArrayList<>(List.of(organization, coapplicants, subsystem, direction,
                supervisor, authors, submittedOn, status, topic, stages, attachments));
        all.addAll(points.values());
        all.forEach(p -> p.addListener(o -> {
            if (!showing) {
                dirty.set(true);
            }
        }));
    }

    private String topicProblem() {
        String t = topic.get();
        if (t == null || t.isBlank()) {
            return Messages.get("validation.required", Messages.get("contest.passport.topic"));
        }
        return t.length() > 2000 ? Messages.get("validation.tooLong", Messages.get("contest.passport.topic"), 2000) : null;
    }

    private String coapplicantProblem() {
        Organization o = organization.get();
        return o != null && coapplicants.stream().anyMatch(c -> Objects.equals(c.id(), o.id()))
                ? Messages.get("contest.validation.selfCoapplicant") : null;
    }

    private record Loaded(List<Organization> organizations, List<Person> persons, List<Direction> directions,
                          Application application) {
    }

    /** Loads the choices and application {@code id}, or a blank one when null; {@code done} runs after. */
    public void load(Long id, Runnable done) {
        background.run(() -> new Loaded(new OrganizationService(dsl).all().stream().filter(o -> !o.archived())
                .sorted(java.util.Comparator.comparing(Organization::shortName, Messages.collator())).toList(),
                new OrganizationService(dsl).allPersons(), new ReferenceService(dsl).directions(contest.year()),
                id == null ? null : new ApplicationService(dsl).get(id)), l -> {
                    organizations.setAll(l.organizations());
                    persons.setAll(l.persons());
                    directions.setAll(l.directions());
                    show(l.application());
                    loaded.set(true);
                    done.run();
                }, this::fail);
    }

    private void show(Application a) {
        showing = true;
        original = a;
        Map<Long, Organization> orgs = new java.util.HashMap<>();
        organizations.forEach(o -> orgs.put(o.id(), o));
        Map<Long, Person> people = new java.util.HashMap<>();
        persons.forEach(p -> people.put(p.id(), p));
        if (a == null) {
            title.set(Messages.get("contest.form.titleNew", contest.displayName()));
            organization.set(null);
            subsystem.set(null);
            submittedOn.set(LocalDate.now());
            status.set(ApplicationStatus.SUBMITTED);
        } else {
            title.set(Messages.get("contest.form.title", a.regNumber(), contest.displayName()));
            organization.set(orgs.get(a.organizationId()));
            coapplicants.setAll(a.coapplicantIds().stream().map(orgs::get).filter(Objects::nonNull).toList());
            subsystem.set(a.subsystem());
            direction.set(directions.stream().filter(d -> Objects.equals(d.id(), a.directionId())).findFirst().orElse(null));
            supervisor.set(a.supervisorId() == null ? null : people.get(a.supervisorId()));
            authors.setAll(a.authorIds().stream().map(people::get).filter(Objects::nonNull).toList());
            submittedOn.set(a.submittedOn());
            status.set(a.status());
            Passport p = a.passport();
            topic.set(p.topic());
            List<String> texts = List.of(nz(p.goals()), nz(p.tasks()), nz(p.mainIdea()), nz(p.legalBasis()),
                    nz(p.significance()), nz(p.novelty()), nz(p.practicalValue()), nz(p.prospects()),
                    nz(p.dissemination()), nz(p.publications()), nz(p.siteStatus()), nz(p.resources()));
            for (int i = 0; i < TEXT_POINTS.size(); i++) {
                points.get(TEXT_POINTS.get(i)).set(texts.get(i));
            }
            stages.setAll(a.stages());
            attachments.setAll(a.attachments().stream().map(Attachment::of).toList());
        }
        dirty.set(false);
        showing = false;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The record the form shows now; a missing required field raises its message under the field. */
    Application build() {
        topicError.set(topicProblem());
        if (organization.get() == null) {
            organizationError.set(Messages.get("validation.required", Messages.get("contest.col.organization")));
        }
        if (subsystem.get() == null) {
            subsystemError.set(Messages.get("validation.required", Messages.get("contest.field.subsystem")));
        }
        for (ReadOnlyStringWrapper e : List.of(organizationError, subsystemError, topicError, coapplicantsError)) {
            if (e.get() != null) {
                throw new ValidationException("form", "contest.form.fix", e.get());
            }
        }
        Passport p = new Passport(topic.get().strip(), text("goals"), text("tasks"), text("mainIdea"),
                text("legalBasis"), text("significance"), text("novelty"), text("practicalValue"), text("prospects"),
                text("dissemination"), text("publications"), text("siteStatus"), text("resources"));
        Application a = original;
        return new Application(a == null ? null : a.id(), contest.id(), a == null ? 0 : a.regNumber(),
                organization.get().id(), coapplicants.stream().map(Organization::id).toList(), subsystem.get(),
                direction.get() == null ? null : direction.get().id(), supervisor.get() == null ? null : supervisor.get().id(),
                authors.stream().map(Person::id).toList(), p, List.copyOf(stages),
                attachments.stream().map(Attachment::path).toList(), submittedOn.get(), status.get(),
                a == null ? null : a.returnReasons(), a == null ? null : a.defensePosition(),
                a == null ? null : a.decision(), a == null ? null : a.decisionNote(),
                a == null ? null : a.siteAssignmentId(), a == null ? null : a.grantedAssignmentId(),
                a == null ? 0 : a.version());
    }

    private String text(String point) {
        return blankToNull(points.get(point).get());
    }

    /** Saves the form; {@code done} gets the saved application. A broken rule lands under its field. */
    public void save(Consumer<Application> done) {
        Application a;
        try {
            a = build();
        } catch (ValidationException e) {
            error.set(e.getMessage());
            return;
        }
        background.run(() -> new ApplicationService(dsl).save(a), saved -> {
            show(saved);
            done.accept(saved);
        }, t -> {
            if (t instanceof ValidationException v && "topic".equals(v.field())) {
                topicError.set(v.getMessage());
            } else if (t instanceof ValidationException v && "coapplicantIds".equals(v.field())) {
                coapplicantsError.set(v.getMessage());
            }
            fail(t);
        });
    }

    public void addAttachment(Path file) {
        String p = file.toAbsolutePath().toString();
        if (attachments.stream().noneMatch(a -> a.path().equals(p))) {
            attachments.add(Attachment.of(p));
        }
    }

    /** Moves a row of {@code list} (stages, authors) from {@code from} to {@code to}. */
    public static <T> void move(ObservableList<T> list, int from, int to) {
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to) {
            return;
        }
        T item = list.remove(from);
        list.add(to, item);
    }

    public String pointLabel(String point) {
        return POINT_NUMBERS.get(point) + ". " + Messages.get("contest.passport.row." + POINT_NUMBERS.get(point));
    }

    private void fail(Throwable t) {
        error.set(Dialogs.describe(t));
    }

    public void clearError() {
        error.set(null);
    }

    public Long applicationId() {
        return original == null ? null : original.id();
    }

    public Contest contest() {
        return contest;
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

    public ObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public ObservableList<Organization> coapplicants() {
        return coapplicants;
    }

    public ObjectProperty<Subsystem> subsystemProperty() {
        return subsystem;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public ObjectProperty<Person> supervisorProperty() {
        return supervisor;
    }

    public ObservableList<Person> authors() {
        return authors;
    }

    public ObjectProperty<LocalDate> submittedOnProperty() {
        return submittedOn;
    }

    public ObjectProperty<ApplicationStatus> statusProperty() {
        return status;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty point(String name) {
        return points.get(name);
    }

    public ObservableList<PassportStage> stages() {
        return stages;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topicErrorProperty() {
        return topicError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organizationErrorProperty() {
        return organizationError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subsystemErrorProperty() {
        return subsystemError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coapplicantsErrorProperty() {
        return coapplicantsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
