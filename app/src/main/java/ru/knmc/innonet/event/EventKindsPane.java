package ru.knmc.innonet.event;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.EditDialog;

/** «Виды мероприятий»: the reference table of event kinds, with add, edit and delete. */
final class EventKindsPane {
    private final EventsViewModel vm;
    private final Supplier<Window> owner;
    private final TableView<EventKind> table;

    EventKindsPane(EventsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.table = new TableView<>(vm.kinds());
    }

    /** Ctrl+N. */
    void add() {
        open(null);
    }

    Node build() {
        table.setId("event-kinds-table");
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().add(EventsView.column("field.eventKind.name", EventKind::name, 320));
        table.getColumns().add(EventsView.column("reference.field.sortOrder", EventKind::sortOrder, 120));
        HBox bar = TableActions.toolbar(table, "event-kinds", "reference.action.add", () -> open(null), this::open, k -> true, k -> TableActions.confirmDelete(owner.get(), Messages.get("eventKinds.confirmDelete", k.name()), () -> {
                    vm.services().events().deleteKind(k.id());
                    vm.load();
                }));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        return pane;
    }

    private void open(EventKind existing) {
        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("event-kind-name");
        name.setPrefColumnCount(30);
        TextField order = new TextField(String.valueOf(existing == null ? (vm.kinds().size() + 1) * 10 : existing.sortOrder()));
        new EditDialog().field("field.eventKind.name", name).field("reference.field.sortOrder", order)
                .show(owner.get(), Messages.get("eventKinds.dialog"), "event-kind", () -> {
                    Integer sort = EventsView.integer(order, "reference.field.sortOrder");
                    EventKind saved = vm.services().events().saveKind(new EventKind(existing == null ? null : existing.id(),
                            name.getText(), sort == null ? 0 : sort, existing == null ? 0 : existing.version()));
                    vm.load();
                    return saved;
                });
    }
}
