package ru.knmc.innonet.statistics;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;

/**
 * The form of a target indicator's definition: a message under each field that breaks a rule keeps the dialog open;
 * closing it with changes asks whether to save them.
 */
final class IndicatorDialog {
    private final IndicatorEditorViewModel vm;
    private final GridPane grid = new GridPane();
    private int row;

    IndicatorDialog(IndicatorEditorViewModel vm) {
        this.vm = vm;
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
    }

    private void field(String name, Node control) {
        Label label = new Label(Messages.get("field.indicator." + name));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("indicator-error-" + name);
        error.getStyleClass().add("field-error");
        error.setMinWidth(Label.USE_PREF_SIZE);
        ReadOnlyStringProperty message = vm.errorProperty(name);
        error.textProperty().bind(message);
        error.visibleProperty().bind(message.isNotNull());
        error.managedProperty().bind(message.isNotNull());
        control.setId("indicator-" + name);
        grid.addRow(row++, label, new VBox(2, control, error));
    }

    private static TextField text(javafx.beans.property.StringProperty p, int columns) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(p);
        f.setPrefColumnCount(columns);
        return f;
    }

    Optional<Indicator> show(Window owner) {
        TextField title = text(vm.titleProperty(), 40);
        field("title", title);
        field("unit", text(vm.unitProperty(), 8));
        field("target", text(vm.targetProperty(), 8));
        field("startYear", text(vm.startYearProperty(), 6));
        field("targetYear", text(vm.targetYearProperty(), 6));
        field("baseYear", text(vm.baseYearProperty(), 6));
        field("baseline", text(vm.baselineProperty(), 8));
        ComboBox<IndicatorComputation> computation = Fx.combo(List.of(IndicatorComputation.values()),
                IndicatorComputation::displayName);
        computation.valueProperty().bindBidirectional(vm.computationProperty());
        field("computation", computation);
        Dialog<Indicator> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get(vm.isNew() ? "indicator.dialog.new" : "indicator.dialog.edit"));
        Dialogs.resizable(d);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setHeaderText(Messages.get("indicator.dialog.hint"));
        ButtonType ok = new ButtonType(Messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("indicator-save");
        Indicator[] saved = new Indicator[1];
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            saved[0] = vm.save();
            if (saved[0] == null) {
                e.consume();
            }
        });
        Button cancelButton = (Button) d.getDialogPane().lookupButton(cancel);
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!leave(d)) {
                e.consume();
            }
        });
        d.setOnCloseRequest(e -> {
            if (d.getResult() == null && saved[0] == null && !leave(d)) {
                e.consume();
            }
        });
        d.setResultConverter(b -> b == ok ? saved[0] : null);
        d.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.getDialogPane().setPrefWidth(760);
        // as in the contest's dialogs: the window may come up before its size is known
        d.setOnShown(e -> {
            Window w = d.getDialogPane().getScene().getWindow();
            w.sizeToScene();
            w.centerOnScreen();
            javafx.application.Platform.runLater(title::requestFocus);
        });
        return d.showAndWait();
    }

    /** Whether the dialog may close: no changes, or they were saved or dropped. */
    private boolean leave(Dialog<Indicator> d) {
        if (!vm.dirty().get()) {
            return true;
        }
        ButtonBar.ButtonData answer = Dialogs.unsavedChanges(d.getOwner(), vm.what());
        if (answer == ButtonBar.ButtonData.NO) {
            vm.dirty().set(false);
            return true;
        }
        if (answer == ButtonBar.ButtonData.YES) {
            Indicator s = vm.save();
            if (s != null) {
                d.setResult(s);
                return true;
            }
        }
        return false;
    }
}
