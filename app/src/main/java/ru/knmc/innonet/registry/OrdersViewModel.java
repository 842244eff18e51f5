package ru.knmc.innonet.registry;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;

/**
 * The orders (приказы), newest first, and a search over number, title and issuer that filters as the
 * user types. The list is shared with the directions tab, which chooses its orders from it.
 */
public final class OrdersViewModel {
    /** Newest first; the same day's orders by number. */
    static final Comparator<LegalOrder> NEWEST_FIRST = Comparator.comparing(LegalOrder::date).reversed()
            .thenComparing(LegalOrder::number);

    private final ReferenceService reference;
    private final Background background;
    private final ObservableList<LegalOrder> orders = FXCollections.observableArrayList();
    private final FilteredList<LegalOrder> shown = new FilteredList<>(orders);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper rowCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public OrdersViewModel(ReferenceService reference, Background background) {
        this.reference = reference;
        this.background = background;
        search.addListener((o, a, text) -> shown.setPredicate(matching(text)));
        shown.addListener((javafx.collections.ListChangeListener<LegalOrder>) c -> updateCount());
    }

    public void load() {
        background.run(reference::orders, list -> {
            orders.setAll(list);
            updateCount();
        }, failure -> {
            error.set(null);
            error.set(Dialogs.describe(failure));
        });
    }

    /** Every word typed must occur in the number, title or issuer; «ё» and «е» match each other. */
    static Predicate<LegalOrder> matching(String text) {
        String[] words = normalize(text).split("\\s+");
        return o -> {
            String haystack = normalize(o.number() + " " + o.title() + " " + o.issuer());
            for (String w : words) {
                if (!w.isEmpty() && !haystack.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String normalize(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }

    /** Puts a saved order (new or changed) into the list in its place. */
    public void saved(LegalOrder order) {
        orders.removeIf(o -> o.id().equals(order.id()));
        orders.add(order);
        FXCollections.sort(orders, NEWEST_FIRST);
    }

    private void updateCount() {
        rowCount.set(Messages.get("reference.orders.rowCount", shown.size(), orders.size()));
    }

    public ReferenceService reference() {
        return reference;
    }

    /** Every order, newest first. */
    public ObservableList<LegalOrder> orders() {
        return orders;
    }

    /** The orders the search leaves. */
    public ObservableList<LegalOrder> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty rowCountProperty() {
        return rowCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
