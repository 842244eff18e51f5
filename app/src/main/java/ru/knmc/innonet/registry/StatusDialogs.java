package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;

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
        EditDialog g = new EditDialog();
        g.field("field.status.kind", kind);
        g.field("field.status.projectTopic", topic);
        g.field("field.status.direction", direction);
        g.field("field.status.startDate", start);
        g.field("field.status.endDate", end);
        g.field("field.status.orderId", withNewOrder(order));
        g.field("field.status.supervisor", supervisor);
        g.field("field.status.note", note);
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
        EditDialog g = new EditDialog();
        g.field("field.status.newEndDate", end);
        g.field("field.status.orderId", withNewOrder(order));
        run(Messages.get("status.dialog.extend"), g, () -> vm.extend(a, end.getValue(),
                order.getValue() == null ? null : order.getValue().id()));
    }

    void end(StatusAssignment a) {
        DatePicker date = Fx.datePicker();
        date.setValue(LocalDate.now().isBefore(a.startDate()) ? a.startDate() : LocalDate.now());
        ComboBox<Outcome> outcome = Fx.combo(List.of(Outcome.COMPLETED, Outcome.ENDED_EARLY), Outcome::displayName);
        outcome.setValue(Outcome.COMPLETED);
        ComboBox<LegalOrder> order = orderChoice("status-end-order");
        EditDialog g = new EditDialog();
        g.field("field.status.endDate", date);
        g.field("field.status.outcome", outcome);
        g.field("field.status.orderId", withNewOrder(order));
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

    /** Shows the form until the action succeeds or the user cancels; a rule's message keeps it open. */
    private void run(String title, EditDialog form, Runnable action) {
        form.show(owner, title, "status", () -> {
            action.run();
            return Boolean.TRUE;
        });
    }
}
