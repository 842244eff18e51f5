package ru.knmc.innonet.home;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;

/**
 * «Главная»: what needs attention today across the program — overdue first, in red — each line
 * opening the section that deals with it (Enter or double click). Gathered again every time the page
 * is shown, and on F5.
 */
public final class StartView {
    private final StartViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<Reminder> table = new TableView<>();

    public StartView(StartViewModel vm, Consumer<Reminder> open) {
        this.vm = vm;
        Label title = new Label(Messages.get("home.title"));
        title.getStyleClass().add("section-title");
        Label today = new Label(Messages.get("home.today", Dates.format(vm.today())));
        Button refresh = new Button(Messages.get("home.refresh"));
        refresh.setId("home-refresh");
        refresh.setOnAction(e -> vm.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, today, spacer, refresh);
        head.getStyleClass().add("toolbar-row");

        table.setId("home-reminders");
        table.setItems(vm.reminders());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("home.empty")));
        TableColumn<Reminder, String> urgency = column("home.column.urgency",
                r -> Messages.get("home.urgency." + r.urgency().name()), 150);
        TableColumn<Reminder, String> date = column("home.column.date",
                r -> r.date() == null ? "" : Dates.format(r.date()), 100);
        TableColumn<Reminder, String> section = column("home.column.section", r -> sectionTitle(r.sectionId()), 160);
        TableColumn<Reminder, String> text = column("home.column.text", Reminder::text, 500);
        text.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        table.getColumns().add(urgency);
        table.getColumns().add(date);
        table.getColumns().add(section);
        table.getColumns().add(text);
        table.setRowFactory(t -> {
            TableRow<Reminder> row = new TableRow<>() {
                @Override
                protected void updateItem(Reminder item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("reminder-overdue", "reminder-soon");
                    if (!empty && item != null && item.urgency() != Urgency.INFO) {
                        getStyleClass().add(item.urgency() == Urgency.OVERDUE ? "reminder-overdue" : "reminder-soon");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Reminder r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                open.accept(r);
                e.consume();
            } else if (e.getCode() == KeyCode.F5) {
                vm.reload();
                e.consume();
            }
        });
        Label hint = new Label(Messages.get("home.hint"));
        hint.getStyleClass().add("hint");
        VBox body = new VBox(8, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        body.setPadding(new Insets(10));
        root.setTop(head);
        root.setCenter(body);
        vm.errorProperty().addListener((o, a, error) -> {
            if (error != null) {
                Fx.showError(root, error);
            }
        });
        // Shown again (the rail re-attaches the page): the reminders may have changed meanwhile.
        root.parentProperty().addListener((o, a, parent) -> {
            if (parent != null) {
                vm.reload();
            }
        });
        vm.reload();
    }

    private static String sectionTitle(String sectionId) {
        String key = "nav." + sectionId;
        return Messages.has(key) ? Messages.get(key) : sectionId;
    }

    private static TableColumn<Reminder, String> column(String key, java.util.function.Function<Reminder, String> value,
                                                        double width) {
        TableColumn<Reminder, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public Parent root() {
        return root;
    }

    /** Gives the keyboard to the list, so that Enter opens the first reminder at once. */
    public void focus() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }
}
