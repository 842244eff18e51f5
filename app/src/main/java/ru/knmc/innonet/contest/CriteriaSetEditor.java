package ru.knmc.innonet.contest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.FormDialog;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/**
 * «Критерии»: the criteria of the remote expertise or of the defense, with their scale, weight, group and a
 * descriptor per score level; groups with their maximum; reorder; a frozen set is shown read-only with why.
 */
final class CriteriaSetEditor {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private final CriteriaViewModel vm;
    private final Supplier<Window> owner;
    private final BooleanBinding locked;

    CriteriaSetEditor(CriteriaViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.locked = vm.setProperty().isNull().or(vm.frozenProperty().isNotNull());
    }

    Node build() {
        ComboBox<Purpose> purpose = Fx.combo(List.of(Purpose.values()), Purpose::displayName);
        purpose.setId("criteria-purpose");
        purpose.valueProperty().bindBidirectional(vm.purposeProperty());
        Label summary = new Label();
        summary.setId("criteria-summary");
        summary.textProperty().bind(vm.summaryProperty());
        HBox head = new HBox(10, new Label(Messages.get("contest.criteria.part")), purpose, summary);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label frozen = new Label();
        frozen.setId("criteria-frozen");
        frozen.setWrapText(true);
        ContestTables.warning(frozen, true);
        frozen.textProperty().bind(vm.frozenProperty());
        frozen.managedProperty().bind(vm.frozenProperty().isNotNull());
        frozen.visibleProperty().bind(vm.frozenProperty().isNotNull());

        TableView<Criterion> table = new TableView<>();
        table.setId("criteria-table");
        table.setPlaceholder(ContestTables.placeholder("contest.criteria.none"));
        table.getColumns().add(ContestTables.column("contest.criteria.col.order", 45, Criterion::sortOrder));
        table.getColumns().add(ContestTables.column("contest.field.criterion", 300, Criterion::title));
        table.getColumns().add(ContestTables.column("contest.criteria.col.group", 150, this::groupTitle));
        table.getColumns().add(ContestTables.column("contest.criteria.col.scale", 70, c -> "0–" + c.maxScore()));
        table.getColumns().add(ContestTables.column("contest.criteria.col.weight", 60,
                c -> c.weight() == null ? "" : ScoreFormat.format(c.weight())));
        table.getColumns().add(ContestTables.column("contest.criteria.col.levels", 420, CriteriaSetEditor::levels));
        var selected = table.getSelectionModel().selectedItemProperty();
        BorderPane searchable = ContestTables.searchable(table, vm.criteria(),
                c -> ContestTables.joined(c.title(), c.description(), levels(c)), this::delete);

        Button add = button("contest.criteria.add", "criteria-add");
        add.disableProperty().bind(locked);
        add.setOnAction(e -> edit(null));
        Button edit = button("contest.criteria.edit", "criteria-edit");
        edit.disableProperty().bind(selected.isNull());
        edit.setOnAction(e -> edit(selected.get()));
        Button remove = button("contest.criteria.remove", "criteria-remove");
        remove.disableProperty().bind(selected.isNull().or(locked));
        remove.setOnAction(e -> delete(selected.get()));
        Button up = button("contest.criteria.up", "criteria-up");
        up.disableProperty().bind(selected.isNull().or(locked));
        up.setOnAction(e -> vm.move(selected.get(), -1));
        Button down = button("contest.criteria.down", "criteria-down");
        down.disableProperty().bind(selected.isNull().or(locked));
        down.setOnAction(e -> vm.move(selected.get(), 1));
        Button previous = button("contest.criteria.fromPrevious", "criteria-from-previous");
        previous.disableProperty().bind(vm.previousProperty().isNull().or(vm.frozenProperty().isNotNull()));
        previous.setTooltip(new Tooltip());
        previous.getTooltip().textProperty().bind(Bindings.createStringBinding(() -> vm.previousProperty().get() == null
                ? Messages.get("contest.criteria.noPrevious")
                : Messages.get("contest.criteria.fromPreviousHint", vm.previousProperty().get()), vm.previousProperty()));
        previous.setOnAction(e -> {
            if (Dialogs.confirm(owner.get(), Messages.get("contest.criteria.fromPreviousConfirm", vm.previousProperty().get()),
                    Messages.get("contest.criteria.fromPrevious"))) {
                vm.fromPrevious(() -> { });
            }
        });
        Button defaults = button("contest.criteria.defaults", "criteria-defaults");
        defaults.disableProperty().bind(vm.frozenProperty().isNotNull());
        defaults.setOnAction(e -> {
            if (Dialogs.confirm(owner.get(), Messages.get("contest.criteria.defaultsConfirm"),
                    Messages.get("contest.criteria.defaults"))) {
                vm.defaults();
            }
        });
        Button create = button("contest.criteria.createSet", "criteria-create-set");
        create.visibleProperty().bind(vm.setProperty().isNull());
        create.managedProperty().bind(create.visibleProperty());
        create.setOnAction(e -> vm.createSet());
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && selected.get() != null) {
                edit(selected.get());
                e.consume();
            }
        });
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && selected.get() != null) {
                edit(selected.get());
            }
        });
        FlowPane actions = new FlowPane(8, 6, add, edit, remove, up, down, previous, defaults, create);
        VBox top = new VBox(6, head, frozen, actions);
        top.setPadding(new Insets(0, 0, 6, 0));
        BorderPane criteria = new BorderPane(searchable);
        criteria.setTop(top);
        SplitPane split = new SplitPane(criteria, groups());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        BorderPane root = new BorderPane(split);
        root.setId("contest-criteria");
        root.setPadding(new Insets(4, 8, 8, 8));
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e) && !locked.get()) {
                edit(null);
                e.consume();
            }
        });
        return root;
    }

    private Node groups() {
        TableView<CriterionGroup> table = new TableView<>();
        table.setId("criteria-groups");
        table.setPlaceholder(ContestTables.placeholder("contest.criteria.groups.none"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ContestTables.column("contest.field.groupTitle", 360, CriterionGroup::title));
        table.getColumns().add(ContestTables.column("contest.criteria.group.max", 120,
                g -> g.maxPoints() == null ? "" : String.valueOf(g.maxPoints())));
        table.getColumns().add(ContestTables.column("contest.criteria.group.count", 120,
                g -> vm.criteria().stream().filter(c -> g.id().equals(c.groupId())).count()));
        var selected = table.getSelectionModel().selectedItemProperty();
        BorderPane searchable = ContestTables.searchable(table, vm.groups(), CriterionGroup::title, this::deleteGroup);
        Button add = button("contest.criteria.group.add", "group-add");
        add.disableProperty().bind(locked);
        add.setOnAction(e -> editGroup(null));
        Button edit = button("contest.criteria.group.edit", "group-edit");
        edit.disableProperty().bind(selected.isNull().or(locked));
        edit.setOnAction(e -> editGroup(selected.get()));
        Button remove = button("contest.criteria.group.remove", "group-remove");
        remove.disableProperty().bind(selected.isNull().or(locked));
        remove.setOnAction(e -> deleteGroup(selected.get()));
        Label heading = new Label(Messages.get("contest.criteria.groups"));
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(6, new HBox(10, heading, add, edit, remove), searchable);
        VBox.setVgrow(searchable, Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private String groupTitle(Criterion c) {
        return c.groupId() == null ? "" : vm.groups().stream().filter(g -> g.id().equals(c.groupId()))
                .map(CriterionGroup::title).findFirst().orElse("");
    }

    private static String levels(Criterion c) {
        return String.join("; ", c.levels().entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).toList());
    }

    private void delete(Criterion c) {
        if (locked.get()) {
            Dialogs.info(owner.get(), vm.frozenProperty().get() == null ? Messages.get("contest.criteria.noSet")
                    : vm.frozenProperty().get());
            return;
        }
        if (Dialogs.confirm(owner.get(), Messages.get("contest.criteria.removeConfirm", c.title()),
                Messages.get("contest.criteria.remove"))) {
            vm.deleteCriterion(c);
        }
    }

    private void deleteGroup(CriterionGroup g) {
        if (!locked.get() && Dialogs.confirm(owner.get(), Messages.get("contest.criteria.group.removeConfirm", g.title()),
                Messages.get("contest.criteria.group.remove"))) {
            vm.deleteGroup(g);
        }
    }

    private void editGroup(CriterionGroup old) {
        CriteriaSet set = vm.setProperty().get();
        TextField title = new TextField(old == null ? "" : old.title());
        title.setId("group-title");
        title.setPrefColumnCount(36);
        TextField max = new TextField(old == null || old.maxPoints() == null ? "" : String.valueOf(old.maxPoints()));
        max.setId("group-max");
        Optional<CriterionGroup> g = new FormDialog().field("contest.field.groupTitle", title)
                .field("contest.criteria.group.max", max)
                .show(owner.get(), Messages.get(old == null ? "contest.criteria.group.add" : "contest.criteria.group.edit"),
                        "group", () -> {
                            if (title.getText().isBlank()) {
                                throw new ValidationException("title", "validation.required",
                                        Messages.get("contest.field.groupTitle"));
                            }
                            Integer m = max.getText().isBlank() ? null
                                    : positive(max.getText(), "contest.criteria.group.max");
                            return new CriterionGroup(old == null ? null : old.id(), set.id(), title.getText().strip(), m,
                                    old == null ? vm.groups().size() + 1 : old.sortOrder(), old == null ? 0 : old.version());
                        });
        g.ifPresent(vm::saveGroup);
    }

    /** The criterion's form: a frozen set opens it read-only, to read the descriptors. */
    private void edit(Criterion old) {
        CriteriaSet set = vm.setProperty().get();
        if (set == null) {
            return;
        }
        boolean readOnly = locked.get();
        TextField title = new TextField(old == null ? "" : old.title());
        title.setId("criterion-title");
        title.setPrefColumnCount(40);
        TextArea description = new TextArea(old == null || old.description() == null ? "" : old.description());
        description.setId("criterion-description");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        TextField max = new TextField(String.valueOf(old == null ? 3 : old.maxScore()));
        max.setId("criterion-max");
        max.setMaxWidth(80);
        TextField weight = new TextField(old == null || old.weight() == null ? "" : ScoreFormat.format(old.weight()));
        weight.setId("criterion-weight");
        weight.setMaxWidth(80);
        weight.setPromptText(Messages.get("contest.criteria.weightPrompt"));
        ComboBox<CriterionGroup> group = Fx.nullableCombo(vm.groups(), Messages.get("contest.criteria.noGroup"),
                CriterionGroup::title);
        group.setId("criterion-group");
        group.setValue(old == null || old.groupId() == null ? null : vm.groups().stream()
                .filter(g -> g.id().equals(old.groupId())).findFirst().orElse(null));
        Map<Integer, TextField> levelFields = new HashMap<>();
        GridPane levels = new GridPane();
        levels.setHgap(6);
        levels.setVgap(4);
        Runnable layoutLevels = () -> {
            levels.getChildren().clear();
            int m;
            try {
                m = Math.min(10, Integer.parseInt(max.getText().strip()));
            } catch (NumberFormatException e) {
                return;
            }
            for (int s = 0; s <= m; s++) {
                int score = s;
                TextField f = levelFields.computeIfAbsent(s, k -> {
                    TextField t = new TextField(old == null ? "" : old.descriptor(score));
                    t.setId("criterion-level-" + score);
                    t.setPrefColumnCount(40);
                    t.setEditable(!readOnly);
                    return t;
                });
                levels.addRow(s, new Label(String.valueOf(s)), f);
            }
        };
        max.textProperty().addListener((o, a, b) -> layoutLevels.run());
        layoutLevels.run();
        for (var c : List.of(title, description, max, weight)) {
            c.setEditable(!readOnly);
        }
        group.setDisable(readOnly);
        FormDialog form = new FormDialog().field("contest.field.criterion", title)
                .field("contest.criteria.description", description)
                .field("contest.criteria.max", max)
                .field("contest.criteria.col.weight", weight)
                .field("contest.criteria.col.group", group)
                .field("contest.criteria.levels", levels);
        if (readOnly) {
            Label why = new Label(vm.frozenProperty().get());
            why.setWrapText(true);
            why.setMaxWidth(520);
            form.field("contest.criteria.readOnly", why);
        }
        Optional<Criterion> c = form.show(owner.get(), Messages.get(old == null ? "contest.criteria.add"
                : readOnly ? "contest.criteria.view" : "contest.criteria.edit"), "criterion", () -> {
                    if (readOnly) {
                        return null;
                    }
                    int m = positive(max.getText(), "contest.criteria.max");
                    Double w = weight.getText().isBlank() ? null : decimal(weight.getText());
                    Map<Integer, String> texts = new HashMap<>();
                    List<Integer> scores = new ArrayList<>(levelFields.keySet());
                    for (int s : scores) {
                        String t = levelFields.get(s).getText();
                        if (s <= m && t != null && !t.isBlank()) {
                            texts.put(s, t.strip());
                        }
                    }
                    if (title.getText().isBlank()) {
                        throw new ValidationException("title", "validation.required", Messages.get("contest.field.criterion"));
                    }
                    return new Criterion(old == null ? null : old.id(), set.id(),
                            group.getValue() == null ? null : group.getValue().id(),
                            old == null ? vm.criteria().size() + 1 : old.sortOrder(), title.getText().strip(),
                            description.getText().isBlank() ? null : description.getText().strip(), m, w, texts,
                            old == null ? 0 : old.version());
                });
        c.ifPresent(vm::saveCriterion);
    }

    private static int positive(String text, String labelKey) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException("max", "contest.criteria.positive", Messages.get(labelKey));
    }

    private static double decimal(String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException("weight", "contest.validation.weight");
        }
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }
}
