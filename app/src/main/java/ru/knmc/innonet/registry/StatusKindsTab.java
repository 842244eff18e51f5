package ru.knmc.innonet.registry;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** «Виды статусов»: the table with add, edit and delete. */
final class StatusKindsTab extends ReferenceTab<StatusKind> {
    private final StatusKindsViewModel vm;

    StatusKindsTab(StatusKindsViewModel vm) {
        super("reference.tab.statusKinds", "kinds-table", "reference.kinds.empty");
        this.vm = vm;
        table.getColumns().add(ReferenceTables.column("field.statusKind.code", 130, StatusKind::code));
        table.getColumns().add(ReferenceTables.column("field.statusKind.shortName", 190, StatusKind::shortName));
        table.getColumns().add(ReferenceTables.column("field.statusKind.fullName", 380, StatusKind::fullName));
        table.getColumns().add(ReferenceTables.column("field.statusKind.level", 150, k -> k.level().displayName()));
        table.getColumns().add(ReferenceTables.number("reference.field.sortOrder", 110, StatusKind::sortOrder));
        showItems(vm.kinds());

        var edit = rowButton("reference.action.edit", "kinds-edit", "Enter", this::edit);
        var delete = rowButton("reference.action.delete", "kinds-delete", "Delete", this::delete);
        Node bar = ReferenceTables.toolbar(new Node[] {
                ReferenceTables.button("reference.action.add", "kinds-add", "Ctrl+N", this::add), edit, delete});
        layout(bar, null);
        showErrors(vm.errorProperty());
        vm.load();
    }

    @Override
    void add() {
        open(null);
    }

    @Override
    void edit() {
        StatusKind k = table.getSelectionModel().getSelectedItem();
        if (k != null) {
            open(k);
        }
    }

    @Override
    void delete() {
        StatusKind k = table.getSelectionModel().getSelectedItem();
        if (k == null || !Dialogs.confirm(window(), Messages.get("reference.kinds.confirmDelete", k.shortName()),
                Messages.get("reference.action.delete"))) {
            return;
        }
        try {
            vm.delete(k);
        } catch (UserException e) {
            Dialogs.error(window(), e);
        }
    }

    private void open(StatusKind existing) {
        TextField code = new TextField(existing == null ? "" : existing.code());
        code.setId("kind-code");
        code.setPrefColumnCount(12);
        TextField shortName = new TextField(existing == null ? "" : existing.shortName());
        shortName.setId("kind-short-name");
        TextField fullName = new TextField(existing == null ? "" : existing.fullName());
        fullName.setId("kind-full-name");
        fullName.setPrefColumnCount(36);
        ComboBox<StatusLevel> level = Fx.combo(List.of(StatusLevel.values()), StatusLevel::displayName);
        level.setId("kind-level");
        level.setValue(existing == null ? StatusLevel.MUNICIPAL : existing.level());
        TextField sortOrder = new TextField(String.valueOf(existing == null ? vm.nextSortOrder() : existing.sortOrder()));
        sortOrder.setId("kind-sort-order");
        sortOrder.setPrefColumnCount(6);
        new EditDialog()
                .field("field.statusKind.code", code)
                .field("field.statusKind.shortName", shortName)
                .field("field.statusKind.fullName", fullName)
                .field("field.statusKind.level", level)
                .field("reference.field.sortOrder", sortOrder)
                .show(window(), Messages.get(existing == null ? "reference.kinds.new" : "reference.kinds.edit"), "kind",
                        () -> vm.save(existing, code.getText(), shortName.getText(), fullName.getText(), level.getValue(),
                                sortOrder.getText()))
                .ifPresent(saved -> table.getSelectionModel().select(saved));
        table.requestFocus();
    }
}
