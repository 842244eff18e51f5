package ru.knmc.innonet.event;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.EditDialog;

/**
 * Under the articles: each outlet in each year, its articles and the issues it published side by side; the issues
 * are entered, changed and deleted here (Ctrl+N, Enter, Delete).
 */
final class OutletIssuesPane {
    private final EventsViewModel vm;
    private final Supplier<Window> owner;
    private final TableView<OutletYear> table;

    OutletIssuesPane(EventsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.table = new TableView<>(vm.outletYears());
    }

    Node build() {
        table.setId("outlet-issues-table");
        table.setPlaceholder(new Label(Messages.get("outletIssues.none")));
        table.getColumns().add(EventsView.column("field.outletIssues.year", OutletYear::year, 70));
        table.getColumns().add(EventsView.column("field.outletIssues.outletId", r -> r.outlet().name(), 260));
        table.getColumns().add(EventsView.column("outletIssues.column.articles", OutletYear::articles, 90));
        table.getColumns().add(EventsView.column("field.outletIssues.issues", OutletYear::issueCount, 170));
        table.getColumns().add(EventsView.column("field.outletIssues.note", r -> r.issues() == null ? null : r.issues().note(), 320));
        table.getColumns().add(EventsView.column("outletIssues.column.entered", OutletIssuesPane::entered, 200));
        Label title = new Label(Messages.get("outletIssues.title"));
        title.getStyleClass().add("subsection-title");
        Label hint = new Label(Messages.get("outletIssues.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox top = new VBox(4, title, hint, TableActions.toolbar(table, "outlet-issues", "outletIssues.action.add", this::add,
                this::open, r -> r.issues() != null, this::delete));
        top.setPadding(new javafx.geometry.Insets(8, 8, 0, 8));
        BorderPane pane = new BorderPane(table);
        pane.setTop(top);
        return pane;
    }

    private static String entered(OutletYear r) {
        if (r.issues() == null || r.issues().enteredAt() == null) {
            return r.issues() == null ? null : r.issues().enteredBy();
        }
        LocalDate day = r.issues().enteredAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
        return Messages.get("outletIssues.entered", r.issues().enteredBy() == null ? "" : r.issues().enteredBy(), Dates.format(day));
    }

    /** Whether the focus is in this pane's table: Ctrl+N then enters issues rather than an article. */
    boolean focused() {
        return table.isFocused();
    }

    /**
     * Ctrl+N: the issues of an outlet in a year; the selected row's outlet and year when it has none yet, else the
     * year chosen above (or last year).
     */
    void add() {
        OutletYear selected = table.getSelectionModel().getSelectedItem();
        int year = vm.yearProperty().get() != null ? vm.yearProperty().get() : LocalDate.now().getYear() - 1;
        if (selected != null && selected.issues() == null) {
            year = selected.year();
        }
        edit(selected == null ? null : selected.outlet(), year, null);
    }

    private void open(OutletYear r) {
        edit(r.outlet(), r.year(), r.issues());
    }

    private void delete(OutletYear r) {
        if (Dialogs.confirm(owner.get(), Messages.get("outletIssues.delete.confirm", r.outlet().name(), String.valueOf(r.year())),
                Messages.get("reference.action.delete"))) {
            vm.deleteIssues(r.issues());
        }
    }

    private void edit(Outlet outlet, int year, OutletIssues existing) {
        ComboBox<Outlet> outletBox = Fx.combo(vm.outlets(), Outlet::name);
        outletBox.setId("outlet-issues-outlet");
        outletBox.setValue(outlet != null ? outlet : vm.outlets().isEmpty() ? null : vm.outlets().get(0));
        TextField yearField = new TextField(String.valueOf(year));
        yearField.setId("outlet-issues-year");
        yearField.setPrefColumnCount(6);
        TextField issues = new TextField(existing == null ? "" : String.valueOf(existing.issues()));
        issues.setId("outlet-issues-count");
        issues.setPrefColumnCount(6);
        TextField note = new TextField(existing == null || existing.note() == null ? "" : existing.note());
        note.setId("outlet-issues-note");
        note.setPrefColumnCount(40);
        new EditDialog().field("field.outletIssues.outletId", outletBox).field("field.outletIssues.year", yearField)
                .field("field.outletIssues.issues", issues).field("field.outletIssues.note", note)
                .show(owner.get(), Messages.get("outletIssues.dialog"), "outlet-issues", () -> {
                    Integer y = EventsView.integer(yearField, "field.outletIssues.year");
                    if (y == null) {
                        throw new ValidationException("year", "validation.required", Messages.get("field.outletIssues.year"));
                    }
                    OutletIssues saved = vm.services().outletIssues().save(new OutletIssues(existing == null ? null : existing.id(),
                            outletBox.getValue() == null ? null : outletBox.getValue().id(), y,
                            EventsView.integer(issues, "field.outletIssues.issues"), note.getText(), null, null,
                            existing == null ? 0 : existing.version()));
                    vm.reload();
                    return saved;
                });
    }
}
