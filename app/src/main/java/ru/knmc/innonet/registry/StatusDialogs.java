package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * Assign, extend and end a status, each with its order (chosen from the reference or entered on the
 * spot). A broken rule keeps the dialog open with the message, so nothing typed is lost.
 */
final class StatusDialogs {
    private final Window owner;
    private final OrganizationCardViewModel vm;
    private final ObservableList<LegalOrder> orders = FXCollections.observableArrayList();

    StatusDialogs(Window owner, OrganizationCardViewModel vm) {
        this.owner = owner;
        this.vm = vm;
        orders.setAll(vm.services().reference().orders());
    }

    void assign() {
        form(null);
    }

    /** Corrects an assignment (a typo in the topic, another supervisor); the rules apply as on assigning. */
    void edit(StatusAssignment existing) {
        form(existing);
    }

    private void form(StatusAssignment existing) {
        var ref = vm.services().reference();
        ComboBox<StatusKind> kind = Fx.combo(ref.statusKinds(), StatusKind::shortName);
        kind.setId("status-kind");
        TextArea topic = new TextArea();
        topic.setId("status-topic");
        topic.setPrefRowCount(2);
        topic.setWrapText(true);
        ComboBox<Direction> direction = Fx.nullableCombo(ref.allDirections(), Messages.get("status.noDirection"),
                d -> d.academicYear() + ": " + d.title());
        direction.setPrefWidth(420);
        DatePicker start = Fx.datePicker();
        start.setId("status-start");
        start.setValue(existing == null ? AcademicYear.current().start() : existing.startDate());
        DatePicker end = Fx.datePicker();
        end.setId("status-end");
        end.setValue(existing == null ? AcademicYear.current().next().next().end() : existing.endDate());
        ComboBox<LegalOrder> order = orderChoice("status-order");
        ComboBox<Person> supervisor = Fx.searchableNullableCombo(vm.services().organizations().supervisors(),
                Messages.get("status.noSupervisor"), Person::nameWithDegree);
        supervisor.setId("status-supervisor");
        TextField note = new TextField();
        if (existing != null) {
            kind.getItems().stream().filter(k -> k.id() == existing.statusKindId()).findFirst().ifPresent(kind::setValue);
            topic.setText(existing.projectTopic() == null ? "" : existing.projectTopic());
            direction.getItems().stream().filter(d -> d != null && d.id().equals(existing.directionId()))
                    .findFirst().ifPresent(direction::setValue);
            order.getItems().stream().filter(o -> o.id().equals(existing.orderId())).findFirst().ifPresent(order::setValue);
            supervisor.getItems().stream().filter(p -> p != null && p.id().equals(existing.supervisorId()))
                    .findFirst().ifPresent(supervisor::setValue);
            note.setText(existing.note() == null ? "" : existing.note());
        }
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, label("status.kind"), kind);
        g.addRow(r++, label("status.projectTopic"), topic);
        g.addRow(r++, label("status.direction"), direction);
        g.addRow(r++, label("status.startDate"), start);
        g.addRow(r++, label("status.endDate"), end);
        g.addRow(r++, label("status.orderId"), withNewOrder(order));
        g.addRow(r++, label("status.supervisor"), supervisor);
        g.addRow(r, label("status.note"), note);
        String title = Messages.get(existing == null ? "status.dialog.assign" : "status.dialog.edit", vm.title());
        run(title, g, () -> vm.assign(new StatusAssignment(existing == null ? null : existing.id(),
                vm.original().id(), kind.getValue() == null ? 0 : kind.getValue().id(), topic.getText(),
                direction.getValue() == null ? null : direction.getValue().id(), start.getValue(), end.getValue(),
                order.getValue() == null ? null : order.getValue().id(), existing == null ? null : existing.endOrderId(),
                supervisor.getValue() == null ? null : supervisor.getValue().id(),
                existing == null ? Outcome.ACTIVE : existing.outcome(), note.getText(),
                existing == null ? 0 : existing.version())));
    }

    void extend(StatusAssignment a) {
        DatePicker end = Fx.datePicker();
        end.setId("status-new-end");
        end.setValue(a.endDate() == null ? null : a.endDate().plusYears(1));
        ComboBox<LegalOrder> order = orderChoice("status-extend-order");
        GridPane g = grid();
        g.addRow(0, label("status.newEndDate"), end);
        g.addRow(1, label("status.orderId"), withNewOrder(order));
        run(Messages.get("status.dialog.extend"), g, () -> vm.extend(a, end.getValue(),
                order.getValue() == null ? null : order.getValue().id()));
    }

    void end(StatusAssignment a) {
        DatePicker date = Fx.datePicker();
        date.setValue(LocalDate.now().isBefore(a.startDate()) ? a.startDate() : LocalDate.now());
        ComboBox<Outcome> outcome = Fx.combo(List.of(Outcome.COMPLETED, Outcome.ENDED_EARLY), Outcome::displayName);
        outcome.setValue(Outcome.COMPLETED);
        ComboBox<LegalOrder> order = orderChoice("status-end-order");
        GridPane g = grid();
        g.addRow(0, label("status.endDate"), date);
        g.addRow(1, label("status.outcome"), outcome);
        g.addRow(2, label("status.orderId"), withNewOrder(order));
        run(Messages.get("status.dialog.end"), g, () -> vm.end(a, date.getValue(), outcome.getValue(),
                order.getValue() == null ? null : order.getValue().id()));
    }

    private ComboBox<LegalOrder> orderChoice(String id) {
        ComboBox<LegalOrder> order = Fx.combo(orders, LegalOrder::toString);
        order.setId(id);
        order.setPrefWidth(420);
        order.setPromptText(Messages.get("status.chooseOrder"));
        return order;
    }

    private HBox withNewOrder(ComboBox<LegalOrder> order) {
        Button add = new Button(Messages.get("status.newOrder"));
        add.setOnAction(e -> OrderDialog.create(owner, vm.services().reference()).ifPresent(o -> {
            orders.add(0, o);
            order.setValue(o);
        }));
        HBox box = new HBox(6, order, add);
        HBox.setHgrow(order, Priority.ALWAYS);
        return box;
    }

    /** Shows the dialog until the action succeeds or the user cancels; a rule's message keeps it open. */
    private void run(String title, GridPane content, Runnable action) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(560);
        content.add(error, 0, content.getRowCount(), 2, 1);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("status-save");
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                action.run();
            } catch (UserException ex) {
                error.setText(ex.getMessage());
                e.consume();
            } catch (RuntimeException ex) {
                error.setText(Dialogs.describe(ex));
                e.consume();
            }
        });
        d.showAndWait();
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        return g;
    }

    private static Label label(String key) {
        return new Label(Messages.get("field." + key));
    }
}
