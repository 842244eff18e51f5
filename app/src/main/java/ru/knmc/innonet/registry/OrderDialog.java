package ru.knmc.innonet.registry;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** Entering or editing an order (приказ). */
public final class OrderDialog {
    private OrderDialog() {
    }

    public static Optional<LegalOrder> create(Window owner, ReferenceService reference) {
        return edit(owner, reference, null);
    }

    public static Optional<LegalOrder> edit(Window owner, ReferenceService reference, LegalOrder existing) {
        TextField number = new TextField(existing == null ? "" : existing.number());
        number.setId("order-number");
        DatePicker date = Fx.datePicker();
        date.setId("order-date");
        date.setValue(existing == null ? null : existing.date());
        TextField issuer = new TextField(existing == null ? Messages.get("order.defaultIssuer") : existing.issuer());
        issuer.setPrefColumnCount(36);
        ComboBox<IssuerLevel> level = Fx.combo(List.of(IssuerLevel.values()), IssuerLevel::displayName);
        level.setValue(existing == null ? IssuerLevel.LOCAL : existing.issuerLevel());
        TextField title = new TextField(existing == null ? "" : existing.title());
        title.setId("order-title");
        TextField link = new TextField(existing == null ? "" : existing.link());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        int r = 0;
        g.addRow(r++, new Label(Messages.get("field.order.number")), number);
        g.addRow(r++, new Label(Messages.get("field.order.date")), date);
        g.addRow(r++, new Label(Messages.get("field.order.issuer")), issuer);
        g.addRow(r++, new Label(Messages.get("field.order.issuerLevel")), level);
        g.addRow(r++, new Label(Messages.get("field.order.title")), title);
        g.addRow(r++, new Label(Messages.get("field.order.link")), link);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        g.add(error, 0, r, 2, 1);
        Dialog<LegalOrder> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get(existing == null ? "order.dialog.new" : "order.dialog.edit"));
        d.getDialogPane().setContent(g);
        ButtonType ok = new ButtonType(Messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        LegalOrder[] saved = new LegalOrder[1];
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("order-save");
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                saved[0] = reference.saveOrder(new LegalOrder(existing == null ? null : existing.id(), number.getText(),
                        date.getValue(), issuer.getText(), level.getValue(), title.getText(), link.getText(),
                        existing == null ? 0 : existing.version()));
            } catch (UserException ex) {
                error.setText(ex.getMessage());
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok ? saved[0] : null);
        return d.showAndWait();
    }
}
