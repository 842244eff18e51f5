package ru.knmc.innonet.contest;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.FormDialog;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.app.RecordTable;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.Direction;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/**
 * The application form window: «Заявка» (applicant, co-applicants, subsystem, direction, persons,
 * status), «Паспорт» (the points of seed 004), «Этапы» (point 11) and «Файлы» (attachments). Ctrl+S
 * saves, Esc closes, with the unsaved-changes question; messages stand under their fields.
 */
final class ApplicationForm {
    private final ApplicationFormViewModel vm;
    private final Background background;
    private final Stage stage = new Stage();
    private final Consumer<Application> onSaved;
    private final Consumer<Application> exportWord;

    ApplicationForm(Window owner, ApplicationFormViewModel vm, Background background, Consumer<Application> onSaved,
                    Consumer<Application> exportWord) {
        this.vm = vm;
        this.background = background;
        this.onSaved = onSaved;
        this.exportWord = exportWord;
        stage.initOwner(owner);
        stage.titleProperty().bind(vm.titleProperty());
        TabPane tabs = new TabPane(new Tab(Messages.get("contest.form.tab.application"), application()),
                new Tab(Messages.get("contest.form.tab.passport"), passport()),
                new Tab(Messages.get("contest.form.tab.stages"), stages()),
                new Tab(Messages.get("contest.form.tab.files"), files()));
        tabs.setId("form-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add("card-title");
        BorderPane root = new BorderPane(tabs);
        root.setId("application-form");
        root.setTop(title);
        BorderPane.setMargin(title, new Insets(10, 12, 4, 12));
        root.setBottom(buttons());
        root.disableProperty().bind(vm.loadedProperty().not());
        Scene scene = new Scene(root, 1000, 720);
        scene.getStylesheets().add(getClass().getResource("/innonet.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> save(null));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::close);
        stage.setScene(scene);
        stage.setMinWidth(860);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
        vm.errorProperty().addListener((o, a, text) -> {
            if (text != null) {
                Fx.showError(root, text);
                vm.clearError();
            }
        });
    }

    void show(Long applicationId) {
        vm.load(applicationId, () -> { });
        // some window managers shrink a new owned window to its minimum: the size is asked again once shown
        stage.setOnShown(e -> {
            stage.setWidth(1000);
            stage.setHeight(720);
            stage.centerOnScreen();
        });
        stage.setWidth(1000);
        stage.setHeight(720);
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    // ---- «Заявка» -------------------------------------------------------------------------------

    private Node application() {
        GridPane g = grid();
        ComboBox<Organization> org = Fx.searchableNullableCombo(vm.organizations(), Messages.get("contest.form.choose"),
                Organization::shortName);
        org.setId("form-organization");
        org.valueProperty().bindBidirectional(vm.organizationProperty());
        ComboBox<Subsystem> sub = Fx.combo(List.of(Subsystem.values()), Subsystem::displayName);
        sub.setId("form-subsystem");
        sub.valueProperty().bindBidirectional(vm.subsystemProperty());
        ComboBox<Direction> direction = Fx.nullableCombo(vm.directions(), Messages.get("contest.form.noDirection"),
                Direction::title);
        direction.setId("form-direction");
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        DatePicker submitted = Fx.datePicker();
        submitted.setId("form-submitted");
        submitted.valueProperty().bindBidirectional(vm.submittedOnProperty());
        ComboBox<ApplicationStatus> status = Fx.combo(List.of(ApplicationStatus.values()), ApplicationStatus::displayName);
        status.setId("form-status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Person> supervisor = Fx.searchableNullableCombo(vm.persons(), Messages.get("contest.form.noSupervisor"),
                ApplicationForm::personLabel);
        supervisor.setId("form-supervisor");
        supervisor.valueProperty().bindBidirectional(vm.supervisorProperty());
        int row = 0;
        row = field(g, row, "contest.col.organization", org, vm.organizationErrorProperty());
        row = field(g, row, "contest.form.coapplicants", chooser("form-coapplicants", vm.coapplicants(),
                vm.organizations(), Organization::shortName, false), vm.coapplicantsErrorProperty());
        row = field(g, row, "contest.field.subsystem", sub, vm.subsystemErrorProperty());
        row = field(g, row, "contest.form.direction", direction, null);
        row = field(g, row, "contest.form.submitted", submitted, null);
        row = field(g, row, "contest.col.status", status, null);
        row = field(g, row, "contest.passport.row.3", supervisor, null);
        field(g, row, "contest.passport.row.2", chooser("form-authors", vm.authors(), vm.persons(),
                ApplicationForm::personLabel, true), null);
        return scroll(g);
    }

    private static String personLabel(Person p) {
        return p.fullName() + (p.academicDegree() == null || p.academicDegree().isBlank() ? "" : ", " + p.academicDegree());
    }

    /**
     * A list of chosen records with a searchable choice to add one; Delete removes the selected one;
     * with {@code ordered}, Alt+↑ / Alt+↓ move it (the authors' order is the passport's).
     */
    private <T> Node chooser(String id, ObservableList<T> chosen, ObservableList<T> all, Function<T, String> label,
                             boolean ordered) {
        ListView<T> list = new ListView<>(chosen);
        list.setId(id);
        list.setPrefHeight(110);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + label.apply(item));
            }
        });
        ComboBox<T> pick = Fx.searchableNullableCombo(all, Messages.get("contest.form.choose"), label);
        pick.setId(id + "-pick");
        pick.setPrefWidth(300);
        pick.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(pick, Priority.ALWAYS);
        Button add = new Button(Messages.get("contest.form.addChosen"));
        add.setId(id + "-add");
        add.disableProperty().bind(pick.valueProperty().isNull());
        add.setOnAction(e -> {
            T t = pick.getValue();
            if (t != null && !chosen.contains(t)) {
                chosen.add(t);
            }
            pick.setValue(null);
        });
        Button remove = new Button(Messages.get("rows.remove"));
        remove.setId(id + "-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> removeSelected(list));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DELETE) {
                removeSelected(list);
                e.consume();
            } else if (ordered && e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && i >= 0) {
                int to = e.getCode() == KeyCode.UP ? i - 1 : i + 1;
                ApplicationFormViewModel.move(chosen, i, to);
                list.getSelectionModel().clearAndSelect(Math.max(0, Math.min(chosen.size() - 1, to)));
                e.consume();
            }
        });
        HBox bar = new HBox(6, pick, add, remove);
        if (ordered) {
            bar.getChildren().addAll(moveButton(list, chosen, -1, "contest.form.up"), moveButton(list, chosen, 1,
                    "contest.form.down"));
        }
        bar.getChildren().stream().filter(n -> n instanceof Button)
                .forEach(n -> ((Button) n).setMinWidth(Control.USE_PREF_SIZE));
        return new VBox(4, bar, list);
    }

    private static <T> Button moveButton(ListView<T> list, ObservableList<T> items, int delta, String key) {
        Button b = new Button(Messages.get(key));
        b.setTooltip(new Tooltip(delta < 0 ? "Alt+\u2191" : "Alt+\u2193"));
        b.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0 && i + delta >= 0 && i + delta < items.size()) {
                ApplicationFormViewModel.move(items, i, i + delta);
                list.getSelectionModel().clearAndSelect(i + delta);
            }
        });
        return b;
    }

    private static <T> void removeSelected(ListView<T> list) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.getItems().remove(i);
        }
    }

    // ---- «Паспорт» ------------------------------------------------------------------------------

    private Node passport() {
        GridPane g = grid();
        TextArea topic = area("form-topic", vm.topicProperty(), 2);
        int row = field(g, 0, "contest.form.point1", topic, vm.topicErrorProperty());
        for (String point : ApplicationFormViewModel.TEXT_POINTS) {
            Label label = new Label(vm.pointLabel(point));
            label.setWrapText(true);
            TextArea text = area("form-" + point, vm.point(point), 3);
            label.setLabelFor(text);
            g.add(label, 0, row);
            g.add(text, 1, row++);
        }
        return scroll(g);
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value, int rows) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setWrapText(true);
        t.setPrefRowCount(rows);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    // ---- «Этапы» --------------------------------------------------------------------------------

    private Node stages() {
        RecordTable<PassportStage> table = new RecordTable<>("form-stages", vm.stages(), () -> stageDialog(null),
                s -> stageDialog(s.orElse(null)));
        table.column("contest.form.stage.title", PassportStage::title, 220)
                .column("contest.passport.stage.period", s -> nz(s.period()), 150)
                .column("contest.passport.stage.tasks", s -> nz(s.tasks()), 260)
                .column("contest.passport.stage.result", s -> nz(s.result()), 260);
        var t = table.table();
        Runnable up = () -> moveStage(t, -1);
        Runnable down = () -> moveStage(t, 1);
        Button upButton = new Button(Messages.get("contest.form.up"));
        upButton.setId("form-stages-up");
        upButton.setOnAction(e -> up.run());
        Button downButton = new Button(Messages.get("contest.form.down"));
        downButton.setId("form-stages-down");
        downButton.setOnAction(e -> down.run());
        table.extraButton(upButton).extraButton(downButton);
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                moveStage(t, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        Label hint = new Label(Messages.get("contest.form.stagesHint"));
        hint.getStyleClass().add("hint");
        VBox box = new VBox(6, hint, table.root());
        VBox.setVgrow(table.root(), Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void moveStage(javafx.scene.control.TableView<PassportStage> t, int delta) {
        int i = t.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i + delta >= 0 && i + delta < vm.stages().size()) {
            ApplicationFormViewModel.move(vm.stages(), i, i + delta);
            t.getSelectionModel().clearAndSelect(i + delta);
        }
    }

    private Optional<PassportStage> stageDialog(PassportStage s) {
        TextField title = new TextField(s == null ? "" : s.title());
        title.setId("stage-title");
        TextField period = new TextField(s == null ? "" : nz(s.period()));
        period.setId("stage-period");
        TextArea tasks = new TextArea(s == null ? "" : nz(s.tasks()));
        tasks.setPrefRowCount(3);
        tasks.setWrapText(true);
        TextArea result = new TextArea(s == null ? "" : nz(s.result()));
        result.setPrefRowCount(3);
        result.setWrapText(true);
        return new FormDialog().field("contest.form.stage.title", title).field("contest.passport.stage.period", period)
                .field("contest.passport.stage.tasks", tasks).field("contest.passport.stage.result", result)
                .show(stage, Messages.get("contest.passport.stage"), "stage", () -> {
                    if (title.getText().isBlank()) {
                        throw new ValidationException("title", "validation.required",
                                Messages.get("contest.form.stage.title"));
                    }
                    return new PassportStage(title.getText().strip(), blank(period.getText()), blank(tasks.getText()),
                            blank(result.getText()));
                });
    }

    // ---- «Файлы» --------------------------------------------------------------------------------

    private Node files() {
        ListView<ApplicationFormViewModel.Attachment> list = new ListView<>(vm.attachments());
        list.setId("form-files");
        list.setPlaceholder(new Label(Messages.get("contest.files.none")));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ApplicationFormViewModel.Attachment item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("file-missing");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(item.exists() ? item.path() : Messages.get("contest.files.missingLine", item.path()));
                if (!item.exists()) {
                    getStyleClass().add("file-missing");
                }
            }
        });
        Button add = new Button(Messages.get("contest.files.add"));
        add.setId("form-files-add");
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("contest.files.add"));
            List<File> chosen = chooser.showOpenMultipleDialog(stage);
            if (chosen != null) {
                chosen.forEach(f -> vm.addAttachment(f.toPath()));
            }
        });
        var selected = list.getSelectionModel().selectedItemProperty();
        Button open = new Button(Messages.get("contest.files.open"));
        open.setId("form-files-open");
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().exists(), selected));
        Runnable doOpen = () -> {
            if (selected.get() != null) {
                openFile(Path.of(selected.get().path()));
            }
        };
        open.setOnAction(e -> doOpen.run());
        Button remove = new Button(Messages.get("rows.remove"));
        remove.setId("form-files-remove");
        remove.disableProperty().bind(selected.isNull());
        remove.setOnAction(e -> removeSelected(list));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                removeSelected(list);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                doOpen.run();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                doOpen.run();
            }
        });
        Label hint = new Label(Messages.get("contest.files.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, new HBox(6, add, open, remove), hint, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void openFile(Path file) {
        background.run(() -> FileLinks.open(file), f -> { }, t -> Dialogs.error(stage, t));
    }

    // ---- buttons --------------------------------------------------------------------------------

    private Node buttons() {
        Button save = new Button(Messages.get("button.save"));
        save.setId("form-save");
        save.setTooltip(new Tooltip("Ctrl+S"));
        save.setOnAction(e -> save(null));
        Button word = new Button(Messages.get("contest.form.toWord"));
        word.setId("form-word");
        word.setOnAction(e -> save(exportWord));
        Button close = new Button(Messages.get("button.close"));
        close.setId("form-close");
        close.setOnAction(e -> close());
        ButtonBar bar = new ButtonBar();
        ButtonBar.setButtonData(word, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        bar.getButtons().addAll(word, save, close);
        bar.setPadding(new Insets(8, 12, 10, 12));
        return bar;
    }

    /** Saves (when anything changed or the application is new), then runs {@code then} with the saved record. */
    private void save(Consumer<Application> then) {
        if (!vm.dirtyProperty().get() && vm.applicationId() != null) {
            if (then != null) {
                then.accept(vm.build());
            }
            return;
        }
        vm.save(saved -> {
            onSaved.accept(saved);
            if (then != null) {
                then.accept(saved);
            }
        });
    }

    private void close() {
        Dialogs.afterUnsaved(stage, vm.titleProperty().get(), vm.dirtyProperty(),
                next -> vm.save(saved -> {
                    onSaved.accept(saved);
                    next.run();
                }), stage::close);
    }

    // ---- layout helpers -------------------------------------------------------------------------

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        g.setPadding(new Insets(12));
        ColumnConstraints label = new ColumnConstraints(180, 260, 320);
        ColumnConstraints value = new ColumnConstraints(300, 620, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, value);
        return g;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    /** A labelled field with, when {@code error} is given, its message on the line under it. */
    private static int field(GridPane g, int row, String key, Node control, ObservableValue<String> error) {
        Label label = new Label(Messages.get(key));
        label.setWrapText(true);
        label.setLabelFor(control);
        g.add(label, 0, row);
        g.add(control, 1, row);
        if (control instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        if (error == null) {
            return row + 1;
        }
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        if (control.getId() != null) {
            message.setId(control.getId() + "-error");
        }
        message.textProperty().bind(error);
        Fx.markWhileError(control, error);
        g.add(message, 1, row + 1);
        return row + 2;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
