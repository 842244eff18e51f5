package ru.knmc.innonet.registry;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * A small form dialog of the reference screens: «Сохранить» runs the save; a broken rule is shown
 * under the fields and keeps the dialog open, so nothing typed is lost.
 */
public final class EditDialog {
    private final GridPane grid = new GridPane();
    private int row;

    public EditDialog() {
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
    }

    public EditDialog field(String labelKey, Node control) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.addRow(row++, label, control);
        return this;
    }

    /** Shows the dialog; the ids of the save button and the error line start with {@code idPrefix}. */
    public <T> Optional<T> show(Window owner, String title, String idPrefix, Supplier<T> save) {
        Label error = new Label();
        error.setId(idPrefix + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        grid.add(error, 0, row, 2, 1);
        Dialog<T> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setResizable(true);
        d.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId(idPrefix + "-save");
        Object[] saved = new Object[1];
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                saved[0] = save.get();
            } catch (UserException ex) {
                error.setText(ex.getMessage());
                e.consume();
            } catch (RuntimeException ex) {
                error.setText(Dialogs.describe(ex));
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            @SuppressWarnings("unchecked")
            T result = b == ok ? (T) saved[0] : null;
            return result;
        });
        return d.showAndWait();
    }
}
