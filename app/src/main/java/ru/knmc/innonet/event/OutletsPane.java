package ru.knmc.innonet.event;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.EditDialog;

/** «Издания»: the newspapers and journals the centre's articles and issues are counted for; add, rename, delete. */
final class OutletsPane {
    private final EventsViewModel vm;
    private final Supplier<Window> owner;
    private final TableView<Outlet> table;

    OutletsPane(EventsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.table = new TableView<>(vm.outlets());
    }

    /** Ctrl+N. */
    void add() {
        open(null);
    }

    Node build() {
        table.setId("outlets-table");
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().add(EventsView.column("field.outlet.name", Outlet::name, 420));
        BorderPane pane = new BorderPane(table);
        pane.setTop(TableActions.toolbar(table, "outlets", "reference.action.add", () -> open(null), this::open, o -> true, o -> TableActions.confirmDelete(owner.get(), Messages.get("outlets.confirmDelete", o.name()), () -> {
                    vm.services().publications().deleteOutlet(o.id());
                    vm.load();
                })));
        return pane;
    }

    private void open(Outlet existing) {
        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("outlet-name");
        name.setPrefColumnCount(30);
        new EditDialog().field("field.outlet.name", name)
                .show(owner.get(), Messages.get("outlets.dialog"), "outlet", () -> {
                    Outlet saved = vm.services().publications().saveOutlet(new Outlet(existing == null ? null : existing.id(),
                            name.getText(), existing == null ? 0 : existing.version()));
                    vm.load();
                    return saved;
                });
    }
}
