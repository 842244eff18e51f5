package ru.knmc.innonet.annualreport;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import ru.knmc.innonet.common.Messages;

/** The work plan of the academic year as an editable table: kind, content, period, result, responsible. */
final class WorkPlanPane {
    private final BorderPane root = new BorderPane();

    WorkPlanPane(WorkPlanModel model) {
        TableView<WorkPlanModel.Row> table = new TableView<>(model.rows());
        table.setId("workplan-table");
        table.setEditable(true);
        table.setPlaceholder(new Label(Messages.get("annualReport.workPlan.empty")));
        TableColumn<WorkPlanModel.Row, ActivityKind> kind = new TableColumn<>(Messages.get("annualReport.workPlan.kind"));
        kind.setCellValueFactory(c -> c.getValue().kind);
        kind.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(ActivityKind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public ActivityKind fromString(String s) {
                return null;
            }
        }, ActivityKind.values()));
        kind.setPrefWidth(200);
        table.getColumns().add(kind);
        table.getColumns().add(text("doc.workPlan.col.content", r -> r.content, 360));
        table.getColumns().add(text("doc.workPlan.col.period", r -> r.period, 160));
        table.getColumns().add(text("doc.workPlan.col.result", r -> r.result, 260));
        table.getColumns().add(text("doc.workPlan.col.responsible", r -> r.responsible, 140));
        Button add = new Button(Messages.get("annualReport.workPlan.add"));
        add.setId("workplan-add");
        add.setOnAction(e -> {
            WorkPlanModel.Row r = model.add(table.getSelectionModel().getSelectedItem());
            table.getSelectionModel().select(r);
            table.edit(model.rows().indexOf(r), table.getColumns().get(1));
        });
        Button remove = new Button(Messages.get("annualReport.workPlan.remove"));
        remove.setId("workplan-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null && table.getSelectionModel().getSelectedItem() != null) {
                model.remove(table.getSelectionModel().getSelectedItem());
            }
        });
        Button save = new Button(Messages.get("annualReport.workPlan.save"));
        save.setId("workplan-save");
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        Label year = new Label();
        year.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.yearProperty().get() == null ? ""
                : Messages.get("annualReport.workPlan.year", model.yearProperty().get()), model.yearProperty()));
        HBox bar = new HBox(8, year, add, remove, save);
        bar.setPadding(new Insets(6));
        root.setTop(bar);
        root.setCenter(table);
    }

    private static TableColumn<WorkPlanModel.Row, String> text(String key,
            java.util.function.Function<WorkPlanModel.Row, StringProperty> property, double width) {
        TableColumn<WorkPlanModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> property.apply(d.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }

    Node root() {
        return root;
    }
}
