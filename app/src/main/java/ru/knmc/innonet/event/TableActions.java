package ru.knmc.innonet.event;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import ru.knmc.innonet.common.Messages;

/**
 * The toolbar of a small table of records: add, edit the selected row (also Enter or a double click), delete it (also
 * Delete). Button ids are {@code idPrefix-add}, {@code -edit}, {@code -delete}.
 */
final class TableActions {
    private TableActions() {
    }

    /** Asks before deleting; a rule that forbids it (the record is still in use) is told in a dialog. */
    static void confirmDelete(javafx.stage.Window owner, String question, Runnable delete) {
        if (ru.knmc.innonet.app.Dialogs.confirm(owner, question, Messages.get("reference.action.delete"))) {
            try {
                delete.run();
            } catch (ru.knmc.innonet.common.UserException ex) {
                ru.knmc.innonet.app.Dialogs.error(owner, ex);
            }
        }
    }

    static <T> HBox toolbar(TableView<T> table, String idPrefix, String addKey, Runnable add, Consumer<T> edit,
                            Predicate<T> deletable, Consumer<T> delete, Node... more) {
        Button addButton = new Button(Messages.get(addKey));
        addButton.setId(idPrefix + "-add");
        addButton.setOnAction(e -> add.run());
        Button editButton = new Button(Messages.get("reference.action.edit"));
        editButton.setId(idPrefix + "-edit");
        editButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        editButton.setOnAction(e -> edit.accept(table.getSelectionModel().getSelectedItem()));
        Button deleteButton = new Button(Messages.get("reference.action.delete"));
        deleteButton.setId(idPrefix + "-delete");
        deleteButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            T t = table.getSelectionModel().getSelectedItem();
            return t == null || !deletable.test(t);
        }, table.getSelectionModel().selectedItemProperty()));
        deleteButton.setOnAction(e -> delete.accept(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !editButton.isDisabled()) {
                editButton.fire();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !deleteButton.isDisabled()) {
                deleteButton.fire();
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<T> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        HBox bar = new HBox(8, addButton, editButton, deleteButton);
        bar.getChildren().addAll(more);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }
}
