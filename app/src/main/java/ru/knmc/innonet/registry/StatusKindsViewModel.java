package ru.knmc.innonet.registry;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;

/** The status kinds the centre assigns: the list, and saving and deleting one. */
public final class StatusKindsViewModel {
    private static final int MAX_SORT_ORDER = 100_000;

    private final ReferenceService reference;
    private final Background background;
    private final ObservableList<StatusKind> kinds = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public StatusKindsViewModel(ReferenceService reference, Background background) {
        this.reference = reference;
        this.background = background;
    }

    public void load() {
        background.run(reference::statusKinds, kinds::setAll, failure -> {
            error.set(null);
            error.set(Dialogs.describe(failure));
        });
    }

    /** Saves a new ({@code existing} null) or changed kind; a broken rule throws with its message. */
    public StatusKind save(StatusKind existing, String code, String shortName, String fullName, StatusLevel level,
                           String sortOrder) {
        int order = ReferenceInput.integer("sortOrder", "reference.field.sortOrder", sortOrder, 0, MAX_SORT_ORDER);
        StatusKind saved = reference.saveStatusKind(new StatusKind(existing == null ? null : existing.id(), code,
                shortName, fullName, level, order, existing == null ? 0 : existing.version()));
        kinds.removeIf(k -> k.id().equals(saved.id()));
        kinds.add(saved);
        // the table shows the order the registry's filters use
        FXCollections.sort(kinds, Comparator.comparingInt(StatusKind::sortOrder).thenComparing(StatusKind::id));
        return saved;
    }

    /** Deletes a kind; refused with the service's message when organizations hold it. */
    public void delete(StatusKind kind) {
        reference.deleteStatusKind(kind.id());
        kinds.removeIf(k -> k.id().equals(kind.id()));
    }

    /** A sort order that puts a new kind after the others, in steps of ten like the seeded ones. */
    public int nextSortOrder() {
        return kinds.stream().mapToInt(StatusKind::sortOrder).max().orElse(0) / 10 * 10 + 10;
    }

    public ObservableList<StatusKind> kinds() {
        return kinds;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
