package ru.knmc.innonet.settings;

import ru.knmc.innonet.app.Fx;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.DocumentStyle;

/**
 * «Настройки»: the program's folders (to copy into a file manager or a message to the administrator) and
 * the database form. Ctrl+S saves while the section is shown.
 */
public final class SettingsView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final SettingsViewModel vm;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final Label copied = new Label();
    private boolean shortcutInstalled;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        content.setPadding(new Insets(10, 16, 16, 16));
        content.setMaxWidth(900);
        Label title = new Label(Messages.get("settings.title"));
        title.getStyleClass().add("section-title");
        copied.setId("settings-copied");
        copied.getStyleClass().add("hint");
        content.getChildren().addAll(title, subtitle("settings.where.title"), places(), copied,
                subtitle("settings.documents.title"), documentsForm(),
                subtitle("settings.next.title"), databaseForm());
        root.setFitToWidth(true);
        root.setId("settings-view");
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installShortcut(scene);
            }
        });
        vm.load();
    }

    private GridPane places() {
        GridPane g = grid();
        place(g, 0, "settings.where.dataFolder", vm.dataFolder(), "settings-data-folder");
        place(g, 1, "settings.where.log", vm.logFile(), "settings-log");
        place(g, 2, "settings.where.settingsFile", vm.settingsFile(), "settings-file");
        place(g, 3, "settings.where.database", vm.currentDatabase(), "settings-current-db");
        return g;
    }

    // a read-only field rather than a label: the path can be selected with the mouse as well as copied
    private void place(GridPane g, int row, String key, String value, String id) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(false);
        GridPane.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button(Messages.get("settings.copy"));
        copy.setId(id + "-copy");
        copy.setTooltip(new Tooltip(Messages.get("settings.copy.tip")));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(value);
            Clipboard.getSystemClipboard().setContent(c);
            copied.setText(Messages.get("settings.copied", value));
        });
        g.addRow(row, new Label(Messages.get(key)), field, copy);
    }

    private VBox databaseForm() {
        ToggleGroup group = new ToggleGroup();
        RadioButton embedded = radio("settings.mode.embedded", "settings-embedded", group);
        RadioButton server = radio("settings.mode.server", "settings-server", group);
        Runnable showMode = () -> group.selectToggle(vm.modeProperty().get() == SettingsViewModel.Mode.SERVER ? server : embedded);
        showMode.run();
        vm.modeProperty().addListener((o, a, b) -> showMode.run());
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                vm.modeProperty().set(t == server ? SettingsViewModel.Mode.SERVER : SettingsViewModel.Mode.EMBEDDED);
            }
        });

        TextField path = text("settings-path", vm.embeddedPathProperty(), vm.pathErrorProperty(), 45);
        Button choose = new Button(Messages.get("settings.path.choose"));
        choose.setId("settings-path-choose");
        choose.setOnAction(e -> choose());
        HBox pathRow = new HBox(8, new Label(Messages.get("settings.path")), path, choose);
        pathRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, Priority.ALWAYS);
        pathRow.setPadding(new Insets(0, 0, 6, 26));
        pathRow.disableProperty().bind(embedded.selectedProperty().not());

        GridPane serverGrid = grid();
        serverGrid.setPadding(new Insets(0, 0, 0, 26));
        serverGrid.addRow(0, new Label(Messages.get("settings.host")),
                text("settings-host", vm.hostProperty(), vm.hostErrorProperty(), 25));
        serverGrid.addRow(1, new Label(Messages.get("settings.port")),
                text("settings-port", vm.portProperty(), vm.portErrorProperty(), 6));
        serverGrid.addRow(2, new Label(Messages.get("settings.database")),
                text("settings-database", vm.databaseProperty(), vm.databaseErrorProperty(), 25));
        serverGrid.addRow(3, new Label(Messages.get("settings.user")), text("settings-user", vm.userProperty(), null, 25));
        PasswordField password = new PasswordField();
        password.setId("settings-password");
        password.setPrefColumnCount(25);
        password.textProperty().bindBidirectional(vm.passwordProperty());
        serverGrid.addRow(4, new Label(Messages.get("settings.password")), password);
        // server fields keep the width their content needs instead of stretching under the long hint
        serverGrid.getChildren().stream().filter(n -> n instanceof TextInputControl)
                .forEach(n -> ((TextInputControl) n).setMaxWidth(Region.USE_PREF_SIZE));
        Label passwordHint = hint(Messages.get("settings.password.hint"));
        passwordHint.setMaxWidth(560);
        serverGrid.add(passwordHint, 1, 5);
        serverGrid.disableProperty().bind(server.selectedProperty().not());

        Label problem = message("settings-problem", vm.validationProperty());
        problem.getStyleClass().add("field-error");
        Label note = message("settings-load-note", vm.loadNoteProperty());
        note.getStyleClass().add("field-error");

        Button check = new Button(Messages.get("settings.check"));
        check.setId("settings-check");
        check.disableProperty().bind(vm.validProperty().not().or(vm.checkingProperty()));
        check.setOnAction(e -> vm.check());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("settings-check-progress");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.checkingProperty());
        progress.managedProperty().bind(vm.checkingProperty());
        Label checkResult = result("settings-check-result", vm.checkMessageProperty(), vm.checkSucceededProperty());
        HBox checkRow = row(check, progress, checkResult);

        Button save = new Button(Messages.get("button.save"));
        save.setId("settings-save");
        save.setTooltip(new Tooltip("Ctrl+S"));
        save.disableProperty().bind(vm.validProperty().not());
        save.setOnAction(e -> vm.save());
        Label saveResult = result("settings-save-result", vm.saveMessageProperty(), vm.saveSucceededProperty());
        HBox saveRow = row(save, saveResult);

        return new VBox(6, embedded, pathRow, server, serverGrid, note, problem, checkRow, saveRow,
                hint(Messages.get("settings.restart.hint")));
    }

    /** The documents' font and the templates folder: they apply to the next document, no restart needed. */
    private VBox documentsForm() {
        ComboBox<String> font = new ComboBox<>(FXCollections.observableArrayList(DocumentStyle.offered()));
        font.setId("settings-font");
        font.setEditable(true);
        font.setPrefWidth(260);
        font.valueProperty().bindBidirectional(vm.documentFontProperty());
        TextField folder = text("settings-templates", vm.templatesFolderProperty(), vm.templatesErrorProperty(), 40);
        folder.setPromptText(Messages.get("settings.templates.prompt"));
        Button chooseFolder = new Button(Messages.get("settings.path.choose"));
        chooseFolder.setId("settings-templates-choose");
        chooseFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("settings.templates.chooser"));
            File dir = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (dir != null) {
                vm.chooseTemplatesFolder(dir.toPath());
            }
        });
        GridPane g = grid();
        g.addRow(0, new Label(Messages.get("settings.font")), font);
        HBox folderRow = new HBox(8, folder, chooseFolder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        g.addRow(1, new Label(Messages.get("settings.templates")), folderRow);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        Button export = new Button(Messages.get("settings.templates.export"));
        export.setId("settings-templates-export");
        export.setOnAction(e -> vm.exportTemplates());
        Button verify = new Button(Messages.get("settings.templates.verify"));
        verify.setId("settings-templates-verify");
        verify.setOnAction(e -> vm.verifyTemplates());
        for (Button b : List.of(export, verify)) {
            b.disableProperty().bind(vm.templatesFolderProperty().isEmpty().or(vm.templatesBusyProperty())
                    .or(vm.templatesErrorProperty().isNotNull()));
        }
        Label result = result("settings-templates-result", vm.templatesMessageProperty(), vm.templatesSucceededProperty());
        return new VBox(6, g, row(export, verify, result), hint(Messages.get("settings.templates.hint")));
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("settings.path.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("settings.path.filter"), "*.mv.db"));
        try {
            Path current = Path.of(vm.embeddedPathProperty().get().strip()).toAbsolutePath().getParent();
            if (current != null && Files.isDirectory(current)) {
                chooser.setInitialDirectory(current.toFile());
            }
        } catch (RuntimeException ignored) {
            // a half-typed path: the chooser starts in its default folder
        }
        File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.choose(file.toPath());
        }
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, ObservableStringValue error, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        if (error != null) {
            Runnable mark = () -> {
                Fx.markInvalid(f, error.get() != null);
                f.setTooltip(error.get() == null ? null : new Tooltip(error.get()));
            };
            error.addListener((o, a, b) -> mark.run());
            mark.run();
        }
        return f;
    }

    private static RadioButton radio(String key, String id, ToggleGroup group) {
        RadioButton r = new RadioButton(Messages.get(key));
        r.setId(id);
        r.setToggleGroup(group);
        return r;
    }

    private static Label message(String id, javafx.beans.property.ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotNull());
        l.managedProperty().bind(text.isNotNull());
        return l;
    }

    private static Label result(String id, javafx.beans.property.ReadOnlyStringProperty text, javafx.beans.value.ObservableBooleanValue ok) {
        Label l = message(id, text);
        Runnable style = () -> {
            l.getStyleClass().removeAll("field-error", "check-ok");
            l.getStyleClass().add(ok.get() ? "check-ok" : "field-error");
        };
        ok.addListener((o, a, b) -> style.run());
        text.addListener((o, a, b) -> style.run());
        style.run();
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(10, nodes);
        for (Node n : nodes) {
            if (n instanceof Button b) {
                b.setMinWidth(Region.USE_PREF_SIZE); // a long answer next to it must not shorten the button
            }
        }
        h.setAlignment(Pos.CENTER_LEFT);
        h.setPadding(new Insets(4, 0, 0, 0));
        return h;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    private static Label subtitle(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("subsection-title");
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // a label is never cut to «…»
        g.getColumnConstraints().add(labels);
        return g;
    }

    // Ctrl+S belongs to the section on screen; a detached section (another one is shown) lets it pass
    private void installShortcut(Scene scene) {
        if (shortcutInstalled) {
            return;
        }
        shortcutInstalled = true;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && root.getScene() == scene && root.getParent() != null && vm.validProperty().get()) {
                e.consume();
                vm.save();
            }
        });
    }

    public SettingsViewModel viewModel() {
        return vm;
    }

    public Node root() {
        return root;
    }
}
