package ru.knmc.innonet.app;

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
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * A form dialog for a row of a table: labelled fields, «ОК» (or «Сохранить») builds or saves the record; a broken rule
 * (a {@link UserException} from the builder) shows under the fields and keeps the dialog open, so nothing typed is lost.
 */
public final class FormDialog {
    private final GridPane grid = new GridPane();
    private final String okKey;
    private final String okIdSuffix;
    private int row;

    /** With «ОК»; its id is the prefix given to {@code show} and {@code -ok}. */
    public FormDialog() {
        this("button.ok", "-ok");
    }

    /** With the button text of {@code okKey}; its id is the prefix given to {@code show} and {@code okIdSuffix}. */
    public FormDialog(String okKey, String okIdSuffix) {
        this.okKey = okKey;
        this.okIdSuffix = okIdSuffix;
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
    }

    public FormDialog field(String labelKey, Node control) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        grid.addRow(row++, label, control);
        return this;
    }

    public <T> Optional<T> show(Window owner, String title, String idPrefix, Supplier<T> build) {
        Label error = new Label();
        error.setId(idPrefix + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(560);
        grid.add(error, 0, row, 2, 1);
        Dialog<T> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title);
        Dialogs.resizable(d);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setPrefWidth(640);
        ButtonType ok = new ButtonType(Messages.get(okKey), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId(idPrefix + okIdSuffix);
        Object[] built = new Object[1];
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                built[0] = build.get();
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
            T result = b == ok ? (T) built[0] : null;
            return result;
        });
        return d.showAndWait();
    }
}
