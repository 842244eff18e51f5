package ru.knmc.innonet.contest;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.FormDialog;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.LegalOrder;

/** «Настройка»: the contest's form and its stages table. Ctrl+N new contest, Ctrl+S save, Delete removes a stage. */
final class ContestSetupPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private final ContestSetupViewModel vm;
    private final Supplier<Window> owner;
    private final GridPane form = new GridPane();
    private int row;

    ContestSetupPane(ContestSetupViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    Node build() {
        vm.setGuard((save, discard, stay) -> javafx.application.Platform.runLater(() -> {
            javafx.scene.control.ButtonBar.ButtonData answer = Dialogs.unsavedChanges(owner.get(),
                    Messages.get("contest.entity"));
            if (answer == javafx.scene.control.ButtonBar.ButtonData.YES) {
                save.run();
            } else if (answer == javafx.scene.control.ButtonBar.ButtonData.NO) {
                discard.run();
            } else {
                stay.run();
            }
        }));
        TextField number = text(vm.number, "setup-number", 8);
        number.setPromptText("XVII");
        number.setTooltip(new Tooltip(Messages.get("contest.setup.numberHint")));
        TextField year = text(vm.year, "setup-year", 6);
        year.setTooltip(new Tooltip(Messages.get("contest.setup.yearHint")));
        ComboBox<ContestKind> kind = Fx.combo(List.of(ContestKind.values()), ContestKind::displayName);
        kind.setId("setup-kind");
        kind.valueProperty().bindBidirectional(vm.kind);
        TextField title = text(vm.title, "setup-title", 40);
        ComboBox<LegalOrder> order = Fx.searchableNullableCombo(vm.orders(), Messages.get("contest.setup.noOrder"),
                o -> Messages.get("contest.grant.orderLabel", o.number(), Dates.format(o.date()), o.title()));
        order.setId("setup-order");
        order.setPrefWidth(460);
        order.valueProperty().bindBidirectional(vm.order);
        field("contest.setup.field.number", number, "romanNumber");
        field("contest.setup.field.year", year, "academicYear");
        field("contest.setup.kind", kind, "kind");
        field("contest.field.title", title, "title");
        field("contest.setup.field.order", order, null);
        field("contest.setup.field.threshold", text(vm.threshold, "setup-threshold", 6), "threshold");
        field("contest.setup.field.winners", text(vm.winners, "setup-winners", 6), "winnersPerSubsystem");
        field("contest.setup.field.experts", text(vm.experts, "setup-experts", 6), "expertsPerApplication");
        field("contest.setup.field.share", text(vm.share, "setup-share", 6), "disagreementShare");
        field("contest.setup.field.remoteWeight", text(vm.remoteWeight, "setup-remote-weight", 6), "remoteWeight");
        field("contest.setup.field.defenseWeight", text(vm.defenseWeight, "setup-defense-weight", 6), null);
        form.setHgap(10);
        form.setVgap(4);
        form.setPadding(new Insets(8));

        Button create = button("contest.setup.new", "setup-new");
        create.setOnAction(e -> newContest());
        Button save = button("contest.setup.save", "setup-save");
        save.disableProperty().bind(vm.dirtyProperty().not());
        save.setOnAction(e -> vm.save(() -> { }));
        Button revert = button("contest.setup.revert", "setup-revert");
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.show(vm.editingProperty().get() != null && vm.editingProperty().get().id() == null
                ? null : vm.editingProperty().get()));
        Button delete = button("contest.setup.delete", "setup-delete");
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                vm.editingProperty().get() == null || vm.editingProperty().get().id() == null, vm.editingProperty()));
        delete.setOnAction(e -> {
            Contest c = vm.editingProperty().get();
            if (Dialogs.confirm(owner.get(), Messages.get("contest.setup.deleteConfirm", c.displayName()),
                    Messages.get("contest.setup.delete"))) {
                vm.delete(() -> { });
            }
        });
        Label draft = new Label();
        draft.getStyleClass().add("hint");
        draft.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Contest c = vm.editingProperty().get();
            return c == null ? Messages.get("contest.setup.none") : c.id() == null ? Messages.get("contest.setup.draft")
                    : Messages.get("contest.setup.editing", c.displayName());
        }, vm.editingProperty()));
        FlowPane actions = new FlowPane(8, 6, create, save, revert, delete);
        VBox left = new VBox(6, actions, draft, form);
        left.setPadding(new Insets(4, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(scroll, stages());
        split.setDividerPositions(0.5);
        BorderPane root = new BorderPane(split);
        root.setId("contest-setup");
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && vm.dirtyProperty().get()) {
                vm.save(() -> { });
                e.consume();
            } else if (NEW.match(e)) {
                newContest();
                e.consume();
            }
        });
        return root;
    }

    /** Starts a new contest's form, asking first about unsaved changes of the one on screen. */
    void newContest() {
        Dialogs.afterUnsaved(owner.get(), Messages.get("contest.entity"), vm.dirtyProperty(), vm::save, vm::newDraft);
    }

    private Node stages() {
        TableView<ContestStage> table = new TableView<>();
        table.setId("setup-stages");
        table.setPlaceholder(ContestTables.placeholder("contest.setup.stages.none"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ContestTables.column("contest.setup.stage.kind", 160, s -> s.kind().displayName()));
        table.getColumns().add(ContestTables.column("contest.col.subsystem", 150,
                s -> s.subsystem() == null ? "" : s.subsystem().displayName()));
        table.getColumns().add(ContestTables.column("contest.setup.stage.start", 105, ContestStage::start));
        table.getColumns().add(ContestTables.column("contest.setup.stage.end", 105, ContestStage::end));
        table.getColumns().add(ContestTables.column("contest.setup.stage.done", 70,
                s -> s.done() ? Messages.get("contest.setup.stage.doneYes") : ""));
        dateCells(table, 2);
        dateCells(table, 3);
        BorderPane searchable = ContestTables.searchable(table, vm.stages(), s -> ContestTables.joined(
                s.kind().displayName(), s.subsystem() == null ? null : s.subsystem().displayName(),
                Dates.format(s.end())), this::deleteStage);
        Button add = button("contest.setup.stage.add", "setup-stage-add");
        add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                vm.editingProperty().get() == null || vm.editingProperty().get().id() == null, vm.editingProperty()));
        add.setOnAction(e -> editStage(null));
        var selected = table.getSelectionModel().selectedItemProperty();
        Button edit = button("contest.setup.stage.edit", "setup-stage-edit");
        edit.disableProperty().bind(selected.isNull());
        edit.setOnAction(e -> editStage(selected.get()));
        Button remove = button("contest.setup.stage.remove", "setup-stage-remove");
        remove.disableProperty().bind(selected.isNull());
        remove.setOnAction(e -> deleteStage(selected.get()));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && selected.get() != null) {
                editStage(selected.get());
                e.consume();
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && selected.get() != null) {
                editStage(selected.get());
            }
        });
        Label heading = new Label(Messages.get("contest.setup.stages"));
        heading.getStyleClass().add("section-title");
        Label hint = new Label(Messages.get("contest.setup.stages.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox box = new VBox(6, heading, new FlowPane(8, 6, add, edit, remove), searchable, hint);
        VBox.setVgrow(searchable, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(4, 8, 8, 8));
        return box;
    }

    @SuppressWarnings("unchecked")
    private static void dateCells(TableView<ContestStage> table, int column) {
        var c = (javafx.scene.control.TableColumn<ContestStage, java.time.LocalDate>) table.getColumns().get(column);
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? "" : Dates.format(d));
            }
        });
    }

    private void deleteStage(ContestStage s) {
        String what = s.subsystem() == null ? s.kind().displayName()
                : Messages.get("contest.reminder.stageSubsystem", s.kind().displayName(), s.subsystem().displayName());
        if (Dialogs.confirm(owner.get(), Messages.get("contest.setup.stage.removeConfirm", what, Dates.format(s.end())),
                Messages.get("contest.setup.stage.remove"))) {
            vm.deleteStage(s);
        }
    }

    private void editStage(ContestStage old) {
        Contest c = vm.editingProperty().get();
        if (c == null || c.id() == null) {
            return;
        }
        ComboBox<StageKind> kind = Fx.combo(List.of(StageKind.values()), StageKind::displayName);
        kind.setId("stage-kind");
        kind.setValue(old == null ? StageKind.RECEPTION : old.kind());
        ComboBox<Subsystem> subsystem = Fx.nullableCombo(List.of(Subsystem.values()),
                Messages.get("contest.setup.stage.allSubsystems"), Subsystem::displayName);
        subsystem.setId("stage-subsystem");
        subsystem.setValue(old == null ? null : old.subsystem());
        DatePicker start = Fx.datePicker();
        start.setId("stage-start");
        start.setValue(old == null ? null : old.start());
        DatePicker end = Fx.datePicker();
        end.setId("stage-end");
        end.setValue(old == null ? null : old.end());
        CheckBox done = new CheckBox(Messages.get("contest.setup.stage.doneBox"));
        done.setId("stage-done");
        done.setSelected(old != null && old.done());
        Optional<ContestStage> result = new FormDialog()
                .field("contest.setup.stage.kind", kind)
                .field("contest.col.subsystem", subsystem)
                .field("contest.setup.stage.start", start)
                .field("contest.setup.stage.end", end)
                .field("contest.setup.stage.done", done)
                .show(owner.get(), Messages.get(old == null ? "contest.setup.stage.add" : "contest.setup.stage.edit"),
                        "stage", () -> {
                            commit(start);
                            commit(end);
                            if (end.getValue() == null) {
                                throw new ValidationException("end", "validation.required",
                                        Messages.get("contest.field.stageEnd"));
                            }
                            if (start.getValue() != null && start.getValue().isAfter(end.getValue())) {
                                throw new ValidationException("end", "contest.validation.stageDates");
                            }
                            if (subsystem.getValue() != null && kind.getValue() != StageKind.DEFENSE) {
                                throw new ValidationException("subsystem", "contest.setup.stage.subsystemOnlyDefense");
                            }
                            return new ContestStage(old == null ? null : old.id(), c.id(), kind.getValue(),
                                    subsystem.getValue(), start.getValue(), end.getValue(), done.isSelected(),
                                    old == null ? 0 : old.version());
                        });
        result.ifPresent(vm::saveStage);
    }

    /** A date typed but not yet confirmed with Enter counts, as the user sees it. */
    private static void commit(DatePicker p) {
        String typed = p.getEditor().getText();
        p.setValue(p.getConverter().fromString(typed));
    }

    private void field(String labelKey, javafx.scene.control.Control control, String errorField) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        form.add(label, 0, row);
        Node cell = control;
        if (errorField != null) {
            Label error = new Label();
            error.setId("setup-error-" + errorField);
            ContestTables.warning(error, true);
            error.setWrapText(true);
            error.setMaxWidth(460);
            StringProperty text = vm.error(errorField);
            error.textProperty().bind(text);
            error.managedProperty().bind(text.isNotEmpty());
            error.visibleProperty().bind(text.isNotEmpty());
            Fx.markWhileError(control, text);
            cell = new VBox(2, control, error);
        }
        form.add(cell, 1, row++);
    }

    private static TextField text(StringProperty p, String id, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(columns);
        t.setMaxWidth(columns < 10 ? 120 : Double.MAX_VALUE);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }
}
