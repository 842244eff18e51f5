package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.Messages;

/**
 * The registry table's state: the loaded registry, the search and filters, the rows they leave.
 * Loading and filtering run in the background; a result older than the latest request is dropped,
 * so typing fast never shows a stale table.
 */
public final class RegistryViewModel {
    private final Services services;
    private final Background background;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<OrgType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Municipality> municipality = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusKind> statusKind = new SimpleObjectProperty<>();
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>();
    private final BooleanProperty activeOnEnabled = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> activeOn = new SimpleObjectProperty<>(LocalDate.now());
    private final BooleanProperty includeArchived = new SimpleBooleanProperty(false);

    private final ObservableList<RegistryEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<Municipality> municipalities = FXCollections.observableArrayList();
    private final ObservableList<StatusKind> statusKinds = FXCollections.observableArrayList();
    private final ObservableList<Direction> directions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rowCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong sequence = new AtomicLong();
    private volatile List<RegistryEntry> all = List.of();

    public RegistryViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
        search.addListener((o, a, b) -> refilter());
        type.addListener((o, a, b) -> refilter());
        municipality.addListener((o, a, b) -> refilter());
        statusKind.addListener((o, a, b) -> refilter());
        direction.addListener((o, a, b) -> refilter());
        activeOnEnabled.addListener((o, a, b) -> refilter());
        activeOn.addListener((o, a, b) -> refilter());
        includeArchived.addListener((o, a, b) -> refilter());
    }

    /** (Re)loads the registry and the reference lists for the filters. */
    public void reload() {
        loading.set(true);
        background.run(() -> new Loaded(services.registry().load(), services.reference().municipalities(),
                        services.reference().statusKinds(), services.reference().allDirections()),
                loaded -> {
                    all = loaded.entries();
                    municipalities.setAll(loaded.municipalities());
                    statusKinds.setAll(loaded.kinds());
                    directions.setAll(loaded.directions());
                    loading.set(false);
                    refilter();
                },
                failure -> {
                    loading.set(false);
                    error.set(ru.knmc.innonet.app.Dialogs.describe(failure));
                });
    }

    private record Loaded(List<RegistryEntry> entries, List<Municipality> municipalities, List<StatusKind> kinds,
                          List<Direction> directions) {
    }

    public RegistryFilter currentFilter() {
        return new RegistryFilter(search.get(), type.get(),
                municipality.get() == null ? null : municipality.get().id(),
                statusKind.get() == null ? null : statusKind.get().id(),
                direction.get() == null ? null : direction.get().id(),
                activeOnEnabled.get() ? activeOn.get() : null, includeArchived.get());
    }

    /** The date the status columns speak of: the filter's date, or none (latest status per kind). */
    public LocalDate statusDate() {
        return activeOnEnabled.get() ? activeOn.get() : null;
    }

    private void refilter() {
        long ticket = sequence.incrementAndGet();
        RegistryFilter filter = currentFilter();
        List<RegistryEntry> source = all;
        background.run(() -> filter.apply(source), result -> {
            if (ticket == sequence.get()) {
                rows.setAll(result);
                rowCount.set(Messages.get("registry.rowCount", result.size(), source.size()));
            }
        }, failure -> error.set(ru.knmc.innonet.app.Dialogs.describe(failure)));
    }

    public void clearFilters() {
        search.set("");
        type.set(null);
        municipality.set(null);
        statusKind.set(null);
        direction.set(null);
        activeOnEnabled.set(false);
        includeArchived.set(false);
    }

    public String filterDescription() {
        StringBuilder b = new StringBuilder();
        append(b, "registry.filter.search", search.get() == null || search.get().isBlank() ? null : search.get());
        append(b, "registry.filter.type", type.get() == null ? null : type.get().displayName());
        append(b, "registry.filter.municipality", municipality.get());
        append(b, "registry.filter.statusKind", statusKind.get());
        append(b, "registry.filter.direction", direction.get());
        append(b, "registry.filter.activeOn", activeOnEnabled.get() ? ru.knmc.innonet.common.Dates.format(activeOn.get()) : null);
        return b.toString();
    }

    private static void append(StringBuilder b, String key, Object value) {
        if (value != null) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(Messages.get(key, value.toString()));
        }
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<OrgType> typeProperty() {
        return type;
    }

    public ObjectProperty<Municipality> municipalityProperty() {
        return municipality;
    }

    public ObjectProperty<StatusKind> statusKindProperty() {
        return statusKind;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public BooleanProperty activeOnEnabledProperty() {
        return activeOnEnabled;
    }

    public ObjectProperty<LocalDate> activeOnProperty() {
        return activeOn;
    }

    public BooleanProperty includeArchivedProperty() {
        return includeArchived;
    }

    public ObservableList<RegistryEntry> rows() {
        return rows;
    }

    public ObservableList<Municipality> municipalities() {
        return municipalities;
    }

    public ObservableList<StatusKind> statusKinds() {
        return statusKinds;
    }

    public ObservableList<Direction> directions() {
        return directions;
    }

    public ReadOnlyStringProperty rowCountProperty() {
        return rowCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public Services services() {
        return services;
    }
}
