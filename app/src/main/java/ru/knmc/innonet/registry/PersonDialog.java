package ru.knmc.innonet.registry;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** Adding or editing a person of the organization. */
final class PersonDialog {
    private final Window owner;
    private final OrganizationCardViewModel vm;
    private final Person existing;

    PersonDialog(Window owner, OrganizationCardViewModel vm, Person existing) {
        this.owner = owner;
        this.vm = vm;
        this.existing = existing;
    }

    void showAndSave() {
        TextField last = field(existing == null ? null : existing.lastName());
        TextField first = field(existing == null ? null : existing.firstName());
        TextField middle = field(existing == null ? null : existing.middleName());
        TextField position = field(existing == null ? null : existing.position());
        TextField degree = field(existing == null ? null : existing.academicDegree());
        TextField title = field(existing == null ? null : existing.academicTitle());
        TextField email = field(existing == null ? null : existing.email());
        TextField phone = field(existing == null ? null : existing.phone());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        int r = 0;
        g.addRow(r++, new Label(Messages.get("field.person.lastName")), last);
        g.addRow(r++, new Label(Messages.get("field.person.firstName")), first);
        g.addRow(r++, new Label(Messages.get("field.person.middleName")), middle);
        g.addRow(r++, new Label(Messages.get("field.person.position")), position);
        g.addRow(r++, new Label(Messages.get("field.person.academicDegree")), degree);
        g.addRow(r++, new Label(Messages.get("field.person.academicTitle")), title);
        g.addRow(r++, new Label(Messages.get("field.organization.email")), email);
        g.addRow(r++, new Label(Messages.get("field.organization.phone")), phone);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        g.add(error, 0, r, 2, 1);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get(existing == null ? "person.dialog.new" : "person.dialog.edit"));
        d.getDialogPane().setContent(g);
        ButtonType ok = new ButtonType(Messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ((Button) d.getDialogPane().lookupButton(ok)).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                vm.savePerson(new Person(existing == null ? null : existing.id(), last.getText(), first.getText(),
                        middle.getText(), position.getText(), vm.original().id(), degree.getText(), title.getText(),
                        email.getText(), phone.getText(), existing == null ? 0 : existing.version()));
            } catch (UserException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        d.showAndWait();
    }

    private static TextField field(String value) {
        TextField t = new TextField(value == null ? "" : value);
        t.setPrefColumnCount(30);
        return t;
    }
}
