package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/**
 * The organization card: its fields checked as they are typed, its status history and persons.
 * Saving applies every rule of {@link OrganizationService}; a broken rule lands on its field.
 */
public final class OrganizationCardViewModel {
    private static final String ENTITY = "organization";
    private final Services services;
    private Organization original;

    private final ObjectProperty<OrgType> type = new SimpleObjectProperty<>(OrgType.GENERAL);
    private final StringProperty legalForm = new SimpleStringProperty("");
    private final StringProperty kindName = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty ownName = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObjectProperty<Municipality> municipality = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty headName = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final BooleanProperty archived = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty persisted = new SimpleBooleanProperty(false);
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final Map<String, Supplier<String>> checks = new LinkedHashMap<>();
    private final ObservableList<StatusRow> history = FXCollections.observableArrayList();
    private final ObservableList<ru.knmc.innonet.network.OrganizationNetwork> networks = FXCollections.observableArrayList();
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObservableList<Municipality> municipalities = FXCollections.observableArrayList();
    private final BooleanBinding valid;

    public OrganizationCardViewModel(Services services) {
        this.services = services;
        field("type", type, () -> type.get() == null ? required("type") : null);
        field("shortName", shortName, () -> blank(shortName.get()) ? required("shortName") : null);
        field("fullName", fullName, () -> blank(fullName.get()) ? required("fullName") : null);
        field("municipality", municipality, () -> municipality.get() == null ? required("municipality") : null);
        field("number", number, () -> Fields.numberProblem(number.get()));
        field("email", email, () -> Fields.emailProblem(email.get()));
        field("phone", phone, () -> Fields.phoneProblem(phone.get()));
        field("website", website, () -> Fields.websiteProblem(website.get()));
        for (Property<?> p : List.of(legalForm, kindName, ownName, address, headName, archived)) {
            p.addListener((o, a, b) -> dirty.set(true));
        }
        valid = Bindings.createBooleanBinding(() -> errors.values().stream().allMatch(e -> e.get() == null),
                errors.values().toArray(new ReadOnlyStringWrapper[0]));
    }

    private void field(String name, Property<?> property, Supplier<String> check) {
        ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
        errors.put(name, error);
        checks.put(name, check);
        property.addListener((o, a, b) -> {
            dirty.set(true);
            error.set(check.get());
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(String field) {
        return Messages.get("validation.required", Fields.label(ENTITY, field));
    }

    /** Loads the card of organization {@code id}, or a blank one when null. */
    public void load(Long id) {
        municipalities.setAll(services.reference().municipalities());
        if (id == null) {
            Municipality first = municipalities.stream().filter(m -> m.name().equals(Messages.get("default.municipality")))
                    .findFirst().orElse(municipalities.isEmpty() ? null : municipalities.get(0));
            original = Organization.blank(first == null ? null : first.id());
        } else {
            original = services.organizations().find(id).orElseThrow();
        }
        show(original);
        reloadHistory();
    }

    private void show(Organization o) {
        type.set(o.type());
        legalForm.set(nz(o.legalForm()));
        kindName.set(nz(o.kindName()));
        number.set(nz(o.number()));
        ownName.set(nz(o.ownName()));
        fullName.set(nz(o.fullName()));
        shortName.set(nz(o.shortName()));
        municipality.set(municipalities.stream().filter(m -> Objects.equals(m.id(), o.municipalityId())).findFirst().orElse(null));
        address.set(nz(o.address()));
        headName.set(nz(o.headName()));
        phone.set(nz(o.phone()));
        email.set(nz(o.email()));
        website.set(nz(o.website()));
        archived.set(o.archived());
        errors.forEach((k, e) -> e.set(null));
        dirty.set(false);
        persisted.set(o.id() != null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public void reloadHistory() {
        if (original == null || original.id() == null) {
            history.clear();
            persons.clear();
            networks.clear();
            return;
        }
        var kinds = services.reference().statusKinds();
        var directions = services.reference().allDirections();
        var orders = services.reference().orders();
        var assignments = services.statuses().history(original.id());
        var supervisors = services.organizations().personsById(assignments.stream().map(StatusAssignment::supervisorId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        var rows = assignments.stream().map(a -> new StatusRow(a,
                kinds.stream().filter(k -> k.id() == a.statusKindId()).map(StatusKind::shortName).findFirst().orElse(""),
                directions.stream().filter(d -> d.id().equals(a.directionId())).map(Direction::title).findFirst().orElse(""),
                orders.stream().filter(o -> o.id().equals(a.orderId())).map(LegalOrder::reference).findFirst().orElse(""),
                orders.stream().filter(o -> o.id().equals(a.endOrderId())).map(LegalOrder::reference).findFirst().orElse(""),
                a.supervisorId() == null || !supervisors.containsKey(a.supervisorId()) ? ""
                        : supervisors.get(a.supervisorId()).nameWithDegree()))
                .toList();
        history.setAll(rows);
        persons.setAll(services.organizations().persons(original.id()));
        networks.setAll(services.networks().networksOf(original.id()));
    }

    /** Runs every field check; true when the card can be saved. */
    public boolean validateAll() {
        checks.forEach((name, check) -> errors.get(name).set(check.get()));
        return valid.get();
    }

    /** Saves; false with the message on its field when a rule is broken. */
    public boolean save() {
        if (!validateAll()) {
            return false;
        }
        Organization edited = new Organization(original.id(), type.get(), legalForm.get(), kindName.get(), number.get(),
                ownName.get(), fullName.get(), shortName.get(), municipality.get().id(), address.get(), headName.get(),
                phone.get(), email.get(), website.get(), archived.get(), original.version());
        try {
            original = services.organizations().save(edited);
        } catch (ValidationException e) {
            ReadOnlyStringWrapper target = errors.getOrDefault(e.field(), errors.get("shortName"));
            target.set(e.getMessage());
            throw e;
        }
        show(original);
        reloadHistory();
        return true;
    }

    public void assign(StatusAssignment draft) {
        services.statuses().save(draft);
        reloadHistory();
    }

    public void delete(StatusAssignment a) {
        services.statuses().delete(a);
        reloadHistory();
    }

    public void extend(StatusAssignment a, LocalDate newEnd, Long orderId) {
        services.statuses().extend(a, newEnd, orderId);
        reloadHistory();
    }

    public void end(StatusAssignment a, LocalDate endDate, Outcome outcome, Long orderId) {
        services.statuses().end(a, endDate, outcome, orderId);
        reloadHistory();
    }

    public Person savePerson(Person p) {
        Person saved = services.organizations().savePerson(p);
        reloadHistory();
        return saved;
    }

    public boolean isNew() {
        return original == null || original.id() == null;
    }

    public Organization original() {
        return original;
    }

    public String title() {
        return isNew() ? Messages.get("card.title.new") : original.shortName();
    }

    public boolean hasCheck(String field) {
        return errors.containsKey(field);
    }

    /** True once the organization exists in the database: statuses and persons need its id. */
    public BooleanProperty persistedProperty() {
        return persisted;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ObjectProperty<OrgType> typeProperty() { return type; }
    public StringProperty legalFormProperty() { return legalForm; }
    public StringProperty kindNameProperty() { return kindName; }
    public StringProperty numberProperty() { return number; }
    public StringProperty ownNameProperty() { return ownName; }
    public StringProperty fullNameProperty() { return fullName; }
    public StringProperty shortNameProperty() { return shortName; }
    public ObjectProperty<Municipality> municipalityProperty() { return municipality; }
    public StringProperty addressProperty() { return address; }
    public StringProperty headNameProperty() { return headName; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty emailProperty() { return email; }
    public StringProperty websiteProperty() { return website; }
    public BooleanProperty archivedProperty() { return archived; }
    public BooleanProperty dirtyProperty() { return dirty; }
    public ObservableList<StatusRow> history() { return history; }
    public ObservableList<Person> persons() { return persons; }
    /** The networks the organization belongs or belonged to. */
    public ObservableList<ru.knmc.innonet.network.OrganizationNetwork> networks() { return networks; }
    public ObservableList<Municipality> municipalities() { return municipalities; }
    public Services services() { return services; }
}
