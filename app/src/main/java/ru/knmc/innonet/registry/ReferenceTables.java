package ru.knmc.innonet.registry;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import ru.knmc.innonet.common.Messages;

/** Tables, columns and toolbars shared by the tabs of the reference screens. */
final class ReferenceTables {
    private ReferenceTables() {
    }

    /** A table whose Enter or double click edits the row and whose Delete key deletes it. */
    static <T> TableView<T> table(String id, String placeholderKey, ReferenceTab<?> commands) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(Messages.get(placeholderKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                commands.edit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                commands.delete();
                e.consume();
            }
        });
        table.setRowFactory(tv -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    commands.edit();
                }
            });
            return row;
        });
        return table;
    }

    /** A read-only text column; {@code value} may return null for an empty cell. */
    static <T> TableColumn<T, String> column(String titleKey, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(titleKey));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setComparator(java.util.Comparator.nullsLast(Messages.collator()::compare));
        // long titles and issuers are cut to the column; the tooltip shows them whole
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null || item.isEmpty()) {
                    setTooltip(null);
                } else {
                    Tooltip tip = new Tooltip(item);
                    tip.setWrapText(true);
                    tip.setMaxWidth(600);
                    setTooltip(tip);
                }
            }
        });
        return c;
    }

    /** A numeric column that sorts as numbers, not as text. */
    static <T> TableColumn<T, Integer> number(String titleKey, double width, Function<T, Integer> value) {
        TableColumn<T, Integer> c = new TableColumn<>(Messages.get(titleKey));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setMaxWidth(width);
        c.setStyle("-fx-alignment: center-right;");
        c.setCellValueFactory(cd -> new javafx.beans.property.SimpleObjectProperty<>(value.apply(cd.getValue())));
        return c;
    }

    static Button button(String textKey, String id, String shortcut, Runnable action) {
        Button b = new Button(Messages.get(textKey));
        b.setId(id);
        if (shortcut != null) {
            b.setTooltip(new Tooltip(shortcut));
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A toolbar row: the nodes on the left, {@code right} pushed to the right edge. */
    static HBox toolbar(Node[] left, Node... right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8);
        box.getChildren().addAll(left);
        box.getChildren().add(spacer);
        box.getChildren().addAll(right);
        box.getStyleClass().add("toolbar-row");
        box.setPadding(new Insets(8, 10, 6, 10));
        return box;
    }
}
