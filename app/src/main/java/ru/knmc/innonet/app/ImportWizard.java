package ru.knmc.innonet.app;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.ImportViewModel;
import ru.knmc.innonet.registry.importing.ColumnMapping;
import ru.knmc.innonet.registry.importing.ImportField;
import ru.knmc.innonet.registry.importing.ImportResult;
import ru.knmc.innonet.registry.importing.LegacyListImport;

/** «Импорт»: file → column mapping → preview (a dry run) → import, all or nothing. */
public final class ImportWizard {
    private final ImportViewModel vm;
    private final Stage stage = new Stage();
    private final GridPane mappingGrid = new GridPane();
    private final Runnable onImported;

    private ImportWizard(Window owner, ImportViewModel vm, Runnable onImported) {
        this.vm = vm;
        this.onImported = onImported;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("import.wizard.title"));
        BorderPane root = new BorderPane();
        Label file = new Label();
        file.setId("import-file");
        file.getStyleClass().add("card-title");
        vm.tableProperty().addListener((o, a, t) -> {
            file.setText(t == null ? "" : Messages.get("import.wizard.file", t.fileName(), t.formatDescription(), t.rows().size()));
            buildMapping();
        });
        vm.mappingProperty().addListener((o, a, m) -> buildMapping());
        VBox top = new VBox(4, file, new Label(Messages.get("import.wizard.mappingHint")));
        top.setPadding(new Insets(10));
        root.setTop(top);
        mappingGrid.setHgap(8);
        mappingGrid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(220),
                new javafx.scene.layout.ColumnConstraints(200, 230, Double.MAX_VALUE));
        mappingGrid.setVgap(4);
        mappingGrid.setPadding(new Insets(6));
        ScrollPane mapping = new ScrollPane(mappingGrid);
        mapping.setFitToWidth(true);
        SplitPane split = new SplitPane(mapping, preview());
        split.setDividerPositions(0.42);
        root.setCenter(split);
        root.setBottom(bottom());
        Scene scene = new Scene(root, 1150, 700);
        scene.getStylesheets().add(getClass().getResource("/innonet.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        // window managers may restore a tiny size remembered for the owner; never smaller than usable
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setWidth(1180);
        stage.setHeight(740);
    }

    public static void open(Window owner, Services services, Background background, Runnable onImported) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.wizard.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.wizard.filter"), "*.xlsx", "*.xls", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("import.wizard.filterAll"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            openFile(owner, services, background, onImported, file);
        }
    }

    /** Opens the wizard on a file already chosen (also used by tests). */
    public static ImportWizard openFile(Window owner, Services services, Background background, Runnable onImported, File file) {
        ImportViewModel vm = new ImportViewModel(new LegacyListImport(services.database().dsl()), background);
        ImportWizard wizard = new ImportWizard(owner, vm, onImported);
        wizard.stage.show();
        // some window managers shrink a new owned window to its minimum: ask again once it is shown
        wizard.stage.setWidth(1180);
        wizard.stage.setHeight(740);
        wizard.stage.centerOnScreen();
        vm.open(file.toPath(), () -> {
            Dialogs.info(wizard.stage, vm.summaryProperty().get());
            wizard.stage.close();
        });
        return wizard;
    }

    private void buildMapping() {
        var table = vm.tableProperty().get();
        ColumnMapping m = vm.mappingProperty().get();
        mappingGrid.getChildren().clear();
        if (table == null || m == null) {
            return;
        }
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            columns.add(i);
        }
        Function<Integer, String> label = i -> Messages.get("import.wizard.column", i + 1, table.headers().get(i));
        int row = 0;
        mappingGrid.add(header(Messages.get("import.wizard.field")), 0, row);
        mappingGrid.add(header(Messages.get("import.wizard.fileColumn")), 1, row++);
        for (ImportField f : ImportField.values()) {
            ComboBox<Integer> box = Fx.nullableCombo(columns, Messages.get("import.wizard.notMapped"), label);
            box.setId("import-map-" + f.name());
            box.setValue(m.column(f).isPresent() ? m.column(f).getAsInt() : null);
            box.valueProperty().addListener((o, a, b) -> vm.map(f, b));
            box.setMaxWidth(Double.MAX_VALUE);
            mappingGrid.add(new Label(f.displayName()), 0, row);
            mappingGrid.add(box, 1, row++);
        }
        if (!m.unknownColumns().isEmpty()) {
            Label unknown = new Label(Messages.get("import.wizard.unknown", String.join("», «", m.unknownColumns())));
            unknown.setWrapText(true);
            unknown.getStyleClass().add("hint");
            mappingGrid.add(unknown, 0, row, 2, 1);
        }
    }

    private Node preview() {
        TableView<ImportResult.RowDecision> rows = new TableView<>(vm.rows());
        rows.setId("import-rows");
        rows.setPlaceholder(new Label(Messages.get("import.wizard.noRows")));
        rows.getColumns().addAll(List.of(
                col("import.wizard.row", d -> String.valueOf(d.rowNumber()), 60),
                col("import.wizard.name", ImportResult.RowDecision::name, 280),
                col("import.wizard.action", d -> Messages.get("import.action." + d.action().name()), 110),
                col("import.wizard.existing", d -> d.existing() == null ? "" : d.existing(), 200),
                col("import.wizard.status", d -> d.status() == null ? "" : d.status(), 160)));
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("import-problems");
        problems.setPrefHeight(170);
        problems.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(vm.summaryProperty());
        VBox box = new VBox(6, summary, rows, new Label(Messages.get("import.wizard.problemList")), problems);
        VBox.setVgrow(rows, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private Node bottom() {
        ToggleGroup group = new ToggleGroup();
        RadioButton skip = new RadioButton(Messages.get("import.wizard.skip"));
        skip.setToggleGroup(group);
        skip.setSelected(true);
        RadioButton update = new RadioButton(Messages.get("import.wizard.update"));
        update.setToggleGroup(group);
        vm.updateProperty().bind(update.selectedProperty());
        ProgressBar progress = new ProgressBar();
        progress.visibleProperty().bind(vm.busyProperty());
        Button run = new Button(Messages.get("import.wizard.run"));
        run.setId("import-run");
        run.disableProperty().bind(vm.importableProperty().not().or(vm.busyProperty()));
        run.setOnAction(e -> vm.importNow(r -> {
            if (r.written()) {
                Dialogs.info(stage, Messages.get("cli.import.done", r.added(), r.updated(), r.skipped(), r.statusesAdded()));
                onImported.run();
                stage.close();
            } else {
                vm.check();
            }
        }, f -> Dialogs.error(stage, f)));
        Button close = new Button(Messages.get("button.close"));
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label(Messages.get("import.wizard.duplicates")), skip, update, spacer, progress, run, close);
        bar.setPadding(new Insets(10));
        return bar;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-header");
        return l;
    }

    private static TableColumn<ImportResult.RowDecision, String> col(String key, Function<ImportResult.RowDecision, String> value,
                                                                    double width) {
        TableColumn<ImportResult.RowDecision, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    public Stage stage() {
        return stage;
    }
}
