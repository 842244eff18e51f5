package ru.knmc.innonet.event;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.RegistryEntry;

/** Events and publications of a year (or all), searched by title, loaded in the background. */
public final class EventsViewModel {
    private final Services services;
    private final Background background;
    private final ObservableList<EventRow> events = FXCollections.observableArrayList();
    private final FilteredList<EventRow> shown = new FilteredList<>(events);
    private final ObservableList<Publication> publications = FXCollections.observableArrayList();
    private final ObservableList<OutletYear> outletYears = FXCollections.observableArrayList();
    private final ObservableList<EventKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<Outlet> outlets = FXCollections.observableArrayList();
    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Long> focused = new javafx.beans.property.SimpleObjectProperty<>();

    public EventsViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
        year.addListener((o, a, b) -> reload());
        search.addListener((o, a, b) -> {
            String s = b == null ? "" : b.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(r -> s.isEmpty() || r.title().toLowerCase(Locale.ROOT).contains(s)
                    || r.kind().toLowerCase(Locale.ROOT).contains(s));
        });
    }

    /** Reloads the lists and the choices: the outlets renamed in their tab show everywhere. */
    public void load() {
        reload();
        background.run(() -> new Choices(services.events().kinds(), services.publications().outlets(),
                services.registry().load().stream().map(RegistryEntry::organization).toList()), c -> {
                    kinds.setAll(c.kinds());
                    outlets.setAll(c.outlets());
                    organizations.setAll(c.organizations());
                }, this::fail);
    }

    private record Choices(List<EventKind> kinds, List<Outlet> outlets, List<Organization> organizations) {
    }

    public void reload() {
        Integer y = year.get();
        background.run(() -> new Lists(services.events().events(y), services.publications().publications(y),
                services.outletIssues().sideBySide(y)), l -> {
                    events.setAll(l.events());
                    publications.setAll(l.publications());
                    outletYears.setAll(l.outletYears());
                }, this::fail);
    }

    private record Lists(List<EventRow> events, List<Publication> publications, List<OutletYear> outletYears) {
    }

    public void deleteEvent(EventRow r) {
        background.run(() -> {
            services.events().delete(r.id());
            return r;
        }, x -> reload(), this::fail);
    }

    public void deletePublication(Publication p) {
        background.run(() -> {
            services.publications().delete(p.id());
            return p;
        }, x -> reload(), this::fail);
    }

    public void deleteIssues(OutletIssues f) {
        background.run(() -> {
            services.outletIssues().delete(f.id());
            return f;
        }, x -> reload(), this::fail);
    }

    public String outletName(long id) {
        return outlets.stream().filter(o -> o.id() == id).map(Outlet::name).findFirst().orElse("");
    }

    private void fail(Throwable t) {
        error.set(Dialogs.describe(t));
    }

    public Services services() {
        return services;
    }

    public Background background() {
        return background;
    }

    public ObservableList<EventRow> events() {
        return shown;
    }

    public ObservableList<Publication> publications() {
        return publications;
    }

    /** Each outlet in each year of the list: its articles and the issues entered for it. */
    public ObservableList<OutletYear> outletYears() {
        return outletYears;
    }

    public ObservableList<EventKind> kinds() {
        return kinds;
    }

    public ObservableList<Outlet> outlets() {
        return outlets;
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    /** Shows the event among all years' events and asks the view to select it (a start-page reminder opens it so). */
    public void focus(long eventId) {
        search.set("");
        if (year.get() != null) {
            year.set(null);
        }
        focused.set(null);
        focused.set(eventId);
    }

    /** The event the view should select once it is in the list; null when none. */
    public ObjectProperty<Long> focusedProperty() {
        return focused;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
