package ru.knmc.innonet.app;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.knmc.innonet.common.Messages;

/**
 * A table over a list of records with «Добавить», «Изменить», «Удалить»: Enter or a double click
 * edits, Delete removes, Insert adds. Editing runs a dialog that returns the changed record.
 */
public final class RecordTable<T> {
    private final TableView<T> table = new TableView<>();
    private final HBox buttons = new HBox(6);
    private final VBox root;

    public RecordTable(String idPrefix, ObservableList<T> items, java.util.function.Supplier<Optional<T>> add,
                       UnaryOperator<Optional<T>> edit) {
        table.setId(idPrefix + "-table");
        table.setItems(items);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label(Messages.get("rows.empty")));
        Button addButton = new Button(Messages.get("rows.add"));
        addButton.setId(idPrefix + "-add");
        Button editButton = new Button(Messages.get("rows.edit"));
        editButton.setId(idPrefix + "-edit");
        Button removeButton = new Button(Messages.get("rows.remove"));
        removeButton.setId(idPrefix + "-remove");
        editButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        removeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable doAdd = () -> add.get().ifPresent(t -> {
            items.add(t);
            table.getSelectionModel().select(t);
        });
        Runnable doEdit = () -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                edit.apply(Optional.of(items.get(i))).ifPresent(t -> {
                    items.set(i, t);
                    table.getSelectionModel().select(i);
                });
            }
        };
        Runnable doRemove = () -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                items.remove(i);
            }
        };
        addButton.setOnAction(e -> doAdd.run());
        editButton.setOnAction(e -> doEdit.run());
        removeButton.setOnAction(e -> doRemove.run());
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                doEdit.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                doRemove.run();
                e.consume();
            } else if (e.getCode() == KeyCode.INSERT) {
                doAdd.run();
                e.consume();
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                doEdit.run();
            }
        });
        buttons.getChildren().addAll(addButton, editButton, removeButton);
        root = new VBox(6, buttons, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public RecordTable<T> column(String titleKey, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(titleKey));
        c.setCellValueFactory(d -> new SimpleStringProperty(d.getValue() == null ? "" : value.apply(d.getValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return this;
    }

    public RecordTable<T> extraButton(Button b) {
        buttons.getChildren().add(b);
        return this;
    }

    public TableView<T> table() {
        return table;
    }

    public VBox root() {
        return root;
    }
}
