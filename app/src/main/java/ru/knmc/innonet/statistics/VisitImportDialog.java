package ru.knmc.innonet.statistics;

import ru.knmc.innonet.app.Dialogs;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;

/** The import of a visit export: file, resource, segment; «Прочитать» shows what will change; «Импортировать» applies. */
final class VisitImportDialog {
    private final VisitImportViewModel vm;
    private final List<WebResource> resources;

    VisitImportDialog(VisitImportViewModel vm, List<WebResource> resources) {
        this.vm = vm;
        this.resources = resources;
    }

    /** True when something was imported. */
    boolean show(Window owner) {
        TextField path = new TextField();
        path.setId("visit-import-path");
        path.setPrefColumnCount(40);
        path.textProperty().bindBidirectional(vm.pathProperty());
        Button browse = new Button(Messages.get("button.browse"));
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("visits.import.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("visits.import.filter"),
                    "*.csv", "*.xlsx", "*.xls", "*.txt"));
            File f = chooser.showOpenDialog(owner);
            if (f != null) {
                path.setText(f.getAbsolutePath());
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        ComboBox<WebResource> resource = Fx.combo(resources, WebResource::name);
        resource.setId("visit-import-resource");
        resource.valueProperty().bindBidirectional(vm.resourceProperty());
        ComboBox<Segment> segment = Fx.combo(List.of(Segment.values()), Segment::displayName);
        segment.valueProperty().bindBidirectional(vm.segmentProperty());
        Button read = new Button(Messages.get("visits.import.read"));
        read.setId("visit-import-read");
        read.setDefaultButton(false);
        read.setOnAction(e -> vm.read());
        TextArea preview = new TextArea();
        preview.setId("visit-import-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(12);
        GridPane.setHgrow(preview, Priority.ALWAYS);
        preview.textProperty().bind(vm.previewProperty());
        Label error = new Label();
        error.setId("visit-import-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(700);
        error.textProperty().bind(vm.errorProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("visits.import.file")), new HBox(6, path, browse));
        grid.addRow(1, new Label(Messages.get("field.webResource.name")), resource);
        grid.addRow(2, new Label(Messages.get("visits.column.segment")), segment);
        grid.add(read, 1, 3);
        grid.add(preview, 0, 4, 2, 1);
        grid.add(error, 0, 5, 2, 1);
        Dialog<Boolean> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("visits.import.title"));
        Dialogs.resizable(d);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setPrefSize(860, 540);
        ButtonType apply = new ButtonType(Messages.get("visits.import.apply"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(apply, new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button applyButton = (Button) d.getDialogPane().lookupButton(apply);
        applyButton.setId("visit-import-apply");
        applyButton.disableProperty().bind(vm.planProperty().isNull());
        applyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.apply();
        });
        vm.importedProperty().addListener((o, a, b) -> {
            if (b != null) {
                d.setResult(Boolean.TRUE);
                d.close();
            }
        });
        d.setResultConverter(b -> Boolean.FALSE);
        return Boolean.TRUE.equals(d.showAndWait().orElse(Boolean.FALSE)) || vm.importedProperty().get() != null;
    }
}
