package ru.knmc.innonet.registry;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** «Направления»: the directions of one academic year, with add, edit and copying last year's list. */
final class DirectionsTab extends ReferenceTab<Direction> {
    private final DirectionsViewModel vm;

    DirectionsTab(DirectionsViewModel vm) {
        super("reference.tab.directions", "directions-table", "reference.directions.empty");
        this.vm = vm;
        table.getColumns().add(ReferenceTables.number("reference.field.sortOrder", 85, Direction::sortOrder));
        table.getColumns().add(ReferenceTables.column("field.direction.audience", 230, d -> d.audience().displayName()));
        table.getColumns().add(ReferenceTables.column("field.direction.title", 480, Direction::title));
        table.getColumns().add(ReferenceTables.column("field.direction.order", 190, d -> vm.orderReference(d.orderId())));
        showItems(vm.directions());
        // the order column needs the orders, which may arrive after the directions
        vm.orders().addListener((ListChangeListener<LegalOrder>) c -> table.refresh());

        Label yearLabel = new Label(Messages.get("field.direction.academicYear"));
        ComboBox<AcademicYear> year = Fx.combo(vm.years(), AcademicYear::toString);
        year.setId("directions-year");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        yearLabel.setLabelFor(year);
        Button copy = ReferenceTables.button("reference.directions.copy", "directions-copy", null, this::copyPrevious);
        copy.disableProperty().bind(vm.copyPossibleProperty().not());
        var edit = rowButton("reference.action.edit", "directions-edit", "Enter", this::edit);
        Node bar = ReferenceTables.toolbar(new Node[] {yearLabel, year, copy},
                ReferenceTables.button("reference.action.add", "directions-add", "Ctrl+N", this::add), edit);
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
        Direction d = table.getSelectionModel().getSelectedItem();
        if (d != null) {
            open(d);
        }
    }

    private void copyPrevious() {
        AcademicYear target = vm.yearProperty().get();
        if (target == null || !Dialogs.confirm(window(), Messages.get("reference.directions.copyConfirm",
                vm.previousYearCount(), target.previous(), target), Messages.get("reference.directions.copyYes"))) {
            return;
        }
        try {
            vm.copyPreviousYear();
        } catch (UserException e) {
            Dialogs.error(window(), e);
        }
        table.requestFocus();
    }

    private void open(Direction existing) {
        ComboBox<AcademicYear> year = Fx.combo(vm.yearChoices(), AcademicYear::toString);
        year.setId("direction-year");
        year.setValue(existing == null ? vm.yearProperty().get() : existing.academicYear());
        ComboBox<Audience> audience = Fx.combo(List.of(Audience.values()), Audience::displayName);
        audience.setId("direction-audience");
        audience.setValue(existing == null ? Audience.ALL : existing.audience());
        TextField sortOrder = new TextField(String.valueOf(existing == null ? vm.nextSortOrder() : existing.sortOrder()));
        sortOrder.setId("direction-sort-order");
        sortOrder.setPrefColumnCount(6);
        TextArea title = new TextArea(existing == null ? "" : existing.title());
        title.setId("direction-title");
        title.setWrapText(true);
        title.setPrefRowCount(3);
        title.setPrefColumnCount(44);
        // Tab leaves the text area instead of typing a tab character, so the form stays keyboard-friendly
        title.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                if (e.isShiftDown()) {
                    audience.requestFocus();
                } else {
                    sortOrder.requestFocus();
                }
            }
        });
        ComboBox<LegalOrder> order = Fx.nullableCombo(vm.orders(), Messages.get("reference.directions.noOrder"),
                LegalOrder::toString);
        order.setId("direction-order");
        order.setPrefWidth(440);
        order.setMaxWidth(Double.MAX_VALUE);
        order.setValue(existing == null ? null : vm.findOrder(existing.orderId()));
        Button newOrder = new Button(Messages.get("status.newOrder"));
        newOrder.setOnAction(e -> OrderDialog.create(window(), vm.reference()).ifPresent(o -> {
            vm.orderCreated(o);
            order.setValue(o);
        }));
        HBox orderRow = new HBox(6, order, newOrder);
        HBox.setHgrow(order, Priority.ALWAYS);
        new EditDialog()
                .field("field.direction.academicYear", year)
                .field("field.direction.audience", audience)
                .field("field.direction.title", title)
                .field("reference.field.sortOrder", sortOrder)
                .field("field.direction.order", orderRow)
                .show(window(), Messages.get(existing == null ? "reference.directions.new" : "reference.directions.edit"),
                        "direction", () -> vm.save(existing, year.getValue(), audience.getValue(), title.getText(),
                                sortOrder.getText(), order.getValue()))
                .ifPresent(saved -> table.getSelectionModel().select(saved));
        table.requestFocus();
    }
}
