package ru.knmc.innonet.network;

import java.util.function.LongConsumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.knmc.innonet.common.Messages;

/** Every network of the year against the twelve tasks, at a glance: a tick or a dash per task. */
final class ChecklistOverview {
    private final VBox root;

    ChecklistOverview(NetworksViewModel vm, LongConsumer open) {
        TableView<ChecklistRow> t = new TableView<>(vm.overview());
        t.setId("network-glance");
        t.getColumns().add(NetworksView.column("network.col.name", ChecklistRow::networkName, 230));
        t.getColumns().add(NetworksView.column("network.col.centre", ChecklistRow::centreName, 150));
        for (int i = 1; i <= 12; i++) {
            int task = i;
            TableColumn<ChecklistRow, String> c = new TableColumn<>(String.valueOf(i));
            c.setPrefWidth(44);
            c.setCellValueFactory(d -> new SimpleStringProperty(d.getValue().tasks().get(task - 1).done() ? "\u2714" : "\u2014"));
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("task-done", "task-open");
                    setText(empty ? null : item);
                    TableRow<ChecklistRow> row = getTableRow();
                    if (!empty && row != null && row.getItem() != null) {
                        TaskState s = row.getItem().tasks().get(task - 1);
                        getStyleClass().add(s.done() ? "task-done" : "task-open");
                        setTooltip(new Tooltip(s.title() + (s.detail().isEmpty() ? "" : "\n" + s.detail())));
                    }
                }
            });
            Label head = new Label(String.valueOf(i));
            head.setTooltip(new Tooltip(Messages.get("network.task." + i)));
            c.setGraphic(head);
            c.setText("");
            t.getColumns().add(c);
        }
        t.getColumns().add(NetworksView.column("network.glance.done", r -> r.doneCount() + " / 12", 70));
        t.setRowFactory(tv -> {
            TableRow<ChecklistRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().networkId());
                }
            });
            return row;
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && t.getSelectionModel().getSelectedItem() != null) {
                open.accept(t.getSelectionModel().getSelectedItem().networkId());
            }
        });
        StringBuilder legend = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            legend.append(i).append(" — ").append(Messages.get("network.task.short." + i)).append(i < 12 ? ";  " : "");
        }
        Label hint = new Label(legend.toString());
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        root = new VBox(6, hint, t);
        root.setPadding(new javafx.geometry.Insets(6));
        VBox.setVgrow(t, Priority.ALWAYS);
    }

    VBox root() {
        return root;
    }
}
