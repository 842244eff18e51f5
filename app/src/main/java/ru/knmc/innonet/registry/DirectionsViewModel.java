package ru.knmc.innonet.registry;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.AcademicYear;

/**
 * Priority directions by academic year. The year list holds the years that have directions plus the
 * year after the latest, so that the centre can start the next year, by hand or by copying.
 */
public final class DirectionsViewModel {
    private static final int MAX_SORT_ORDER = 10_000;

    private final ReferenceService reference;
    private final Background background;
    private final ObservableList<LegalOrder> orders;
    private final ObservableList<AcademicYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<AcademicYear> year = new SimpleObjectProperty<>();
    private final ObservableList<Direction> directions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper copyPossible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final TreeSet<AcademicYear> filled = new TreeSet<>();
    private final AtomicLong sequence = new AtomicLong();

    /** @param orders the orders to choose the approving one from, loaded and kept by the orders tab */
    public DirectionsViewModel(ReferenceService reference, Background background, ObservableList<LegalOrder> orders) {
        this.reference = reference;
        this.background = background;
        this.orders = orders;
        year.addListener((o, a, b) -> loadDirections());
    }

    public void load() {
        background.run(reference::directionYears, list -> {
            filled.clear();
            filled.addAll(list);
            updateYears();
            AcademicYear current = AcademicYear.current();
            year.set(filled.contains(current) ? current : filled.isEmpty() ? current : filled.last());
        }, this::failed);
    }

    private void updateYears() {
        TreeSet<AcademicYear> all = new TreeSet<>(filled);
        all.add(filled.isEmpty() ? AcademicYear.current() : filled.last().next());
        if (year.get() != null) {
            all.add(year.get());
        }
        if (!all.equals(new TreeSet<>(years))) {
            years.setAll(all);
        }
    }

    private void loadDirections() {
        AcademicYear y = year.get();
        long ticket = sequence.incrementAndGet();
        if (y == null) {
            directions.clear();
            return;
        }
        background.run(() -> reference.directions(y), list -> {
            if (ticket == sequence.get()) {
                directions.setAll(list);
                updateCopyPossible();
            }
        }, this::failed);
    }

    private void updateCopyPossible() {
        copyPossible.set(year.get() != null && directions.isEmpty() && filled.contains(year.get().previous()));
    }

    /** Saves a new ({@code existing} null) or changed direction; a broken rule throws with its message. */
    public Direction save(Direction existing, AcademicYear academicYear, Audience audience, String title,
                          String sortOrder, LegalOrder order) {
        int position = ReferenceInput.integer("sortOrder", "reference.field.sortOrder", sortOrder, 0, MAX_SORT_ORDER);
        Direction saved = reference.saveDirection(new Direction(existing == null ? null : existing.id(), academicYear,
                audience, title, position, order == null ? null : order.id(), existing == null ? 0 : existing.version()));
        filled.add(saved.academicYear());
        if (existing != null && !existing.academicYear().equals(saved.academicYear())
                && reference.directions(existing.academicYear()).isEmpty()) {
            filled.remove(existing.academicYear());
        }
        refreshSelectedYear();
        return saved;
    }

    /** Copies the previous year's directions into the selected, empty year; returns how many. */
    public int copyPreviousYear() {
        AcademicYear target = year.get();
        int n = reference.copyDirections(target.previous(), target);
        filled.add(target);
        refreshSelectedYear();
        return n;
    }

    /** How many directions the previous year has, for the confirmation. */
    public int previousYearCount() {
        return year.get() == null ? 0 : reference.directions(year.get().previous()).size();
    }

    // saves are quick: the selected year is re-read on the spot so the table shows the saved order
    private void refreshSelectedYear() {
        sequence.incrementAndGet();
        directions.setAll(reference.directions(year.get()));
        updateYears();
        updateCopyPossible();
    }

    /** A sort order after the selected year's last direction. */
    public int nextSortOrder() {
        return directions.stream().mapToInt(Direction::sortOrder).max().orElse(0) + 1;
    }

    /** «от 22.08.2017 № 1394», or empty when the direction has no order or the orders are not loaded yet. */
    public String orderReference(Long orderId) {
        return findOrder(orderId) == null ? "" : findOrder(orderId).reference();
    }

    /** An order entered from the direction dialog joins the shared list in its place. */
    public void orderCreated(LegalOrder order) {
        orders.add(order);
        FXCollections.sort(orders, OrdersViewModel.NEWEST_FIRST);
    }

    public LegalOrder findOrder(Long orderId) {
        return orderId == null ? null : orders.stream().filter(o -> o.id().equals(orderId)).findFirst().orElse(null);
    }

    private void failed(Throwable failure) {
        error.set(null);
        error.set(Dialogs.describe(failure));
    }

    public ObservableList<AcademicYear> years() {
        return years;
    }

    public ObjectProperty<AcademicYear> yearProperty() {
        return year;
    }

    public ObservableList<Direction> directions() {
        return directions;
    }

    public ObservableList<LegalOrder> orders() {
        return orders;
    }

    public ReferenceService reference() {
        return reference;
    }

    public ReadOnlyBooleanProperty copyPossibleProperty() {
        return copyPossible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The years offered in the dialog: those in the selector. */
    public List<AcademicYear> yearChoices() {
        return List.copyOf(years);
    }
}
