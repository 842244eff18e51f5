package ru.knmc.innonet.contest;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Messages;

/**
 * «Конкурсы»: the contest's applications, the experts' sheets (filled on screen with a running total,
 * or offline in Excel), and the ranking with its flags and the actions that follow from them.
 */
public final class ContestView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final ContestViewModel vm;
    private final BorderPane root = new BorderPane();
    private final GridPane sheetGrid = new GridPane();
    private final TabPane tabs = new TabPane();
    private boolean shortcutInstalled;

    public ContestView(ContestViewModel vm) {
        this.vm = vm;
        root.setId("contest-view");
        Label title = new Label(Messages.get("contest.view.title"));
        title.getStyleClass().add("section-title");
        ComboBox<Contest> contest = Fx.combo(vm.contests(), Contest::displayName);
        contest.setId("contest-select");
        contest.valueProperty().bindBidirectional(vm.contestProperty());
        Label status = new Label();
        status.setId("contest-status");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, contest, spacer, status);
        head.getStyleClass().add("toolbar-row");
        root.setTop(head);
        tabs.setId("contest-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab(Messages.get("contest.tab.applications"), applications()),
                new Tab(Messages.get("contest.tab.sheets"), sheets()),
                new Tab(Messages.get("contest.tab.ranking"), ranking()));
        root.setCenter(tabs);
        vm.errorProperty().addListener((o, a, text) -> {
            if (text != null) {
                Fx.showError(root, text);
                vm.clearError();
            }
        });
        vm.sheet().errorProperty().addListener((o, a, text) -> {
            if (text != null) {
                Fx.showError(root, text);
                vm.sheet().clearError();
            }
        });
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installShortcut(scene);
            }
        });
        vm.load();
    }

    private void installShortcut(Scene scene) {
        if (shortcutInstalled) {
            return;
        }
        shortcutInstalled = true;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e) && root.getScene() == scene && root.getParent() != null && vm.sheet().dirtyProperty().get()) {
                e.consume();
                vm.sheet().save(vm::reloadRanking);
            }
        });
    }

    private Node applications() {
        TableView<ApplicationService.Row> table = new TableView<>(vm.applications());
        table.setId("contest-applications");
        table.getColumns().add(column("contest.col.number", 60, r -> r.regNumber()));
        table.getColumns().add(column("contest.col.organization", 220, ApplicationService.Row::organization));
        table.getColumns().add(column("contest.col.subsystem", 170, r -> r.subsystem().displayName()));
        table.getColumns().add(column("contest.col.topic", 420, ApplicationService.Row::topic));
        table.getColumns().add(column("contest.col.status", 170, r -> r.status().displayName()));
        table.getColumns().add(column("contest.col.decision", 130, r -> r.decision() == null ? "" : r.decision().displayName()));
        table.setPlaceholder(new Label(Messages.get("contest.applications.none")));
        Button assign = button("contest.action.assign", "contest-assign");
        assign.setOnAction(e -> vm.previewAssignment(this::confirmPlan));
        Button write = button("contest.action.writeSheets", "contest-write-sheets");
        write.setOnAction(e -> writeSheets());
        Button collect = button("contest.action.collect", "contest-collect");
        collect.setOnAction(e -> collect());
        return withActions(table, assign, write, collect);
    }

    private void confirmPlan(AssignmentService.Plan plan) {
        if (plan.proposals().isEmpty()) {
            Dialogs.info(window(), Messages.get("contest.assign.nothing", plan.shortfalls().size()));
            return;
        }
        String text = Messages.get("contest.assign.preview", plan.proposals().size(),
                plan.proposals().stream().map(p -> p.expertId()).distinct().count(), plan.shortfalls().size());
        if (Dialogs.confirm(window(), text, Messages.get("contest.assign.apply"))) {
            vm.applyAssignment(plan);
        }
    }

    private void writeSheets() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("contest.action.writeSheets"));
        File dir = chooser.showDialog(window());
        if (dir != null) {
            vm.writeSheets(dir.toPath(), files -> Dialogs.info(window(),
                    Messages.get("cli.contest.sheetsDone", files.size(), dir)));
        }
    }

    private void collect() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("contest.action.collect"));
        File dir = chooser.showDialog(window());
        if (dir == null) {
            return;
        }
        vm.checkReturned(dir.toPath(), r -> {
            if (!r.check().refusals().isEmpty()) {
                Dialogs.info(window(), Messages.get("cli.contest.refusedAll", r.check().refusals().size(),
                        String.join("\n", r.check().refusals().stream().map(OfflineSheets.Refusal::describe).toList())));
                return;
            }
            String changes = String.join("\n", r.check().changes().stream().map(c -> Messages.get("cli.contest.change",
                    c.sheet().file(), c.sheet().sheet(), c.expert(), c.regNumber(), c.changes()
                            ? Messages.get("cli.contest.changed") : Messages.get("cli.contest.unchanged"))).toList());
            if (Dialogs.confirm(window(), Messages.get("contest.collect.confirm", r.check().changes().size(), changes),
                    Messages.get("contest.collect.apply"))) {
                vm.applyReturned(r);
            }
        });
    }

    private Node sheets() {
        TableView<ReviewService.Row> table = new TableView<>(vm.reviews());
        table.setId("contest-reviews");
        table.getColumns().add(column("contest.col.number", 50, r -> r.regNumber()));
        table.getColumns().add(column("contest.col.organization", 170, ReviewService.Row::organization));
        table.getColumns().add(column("contest.col.expert", 140, ReviewService.Row::expert));
        table.getColumns().add(column("contest.col.scored", 90, r -> r.scored() ? Messages.get("contest.scored.yes") : ""));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (vm.sheet().dirtyProperty().get() && a != null
                    && Dialogs.confirm(window(), Messages.get("contest.sheet.unsaved"), Messages.get("contest.sheet.save"))) {
                vm.sheet().save(vm::reloadRanking);
            }
            vm.sheet().open(row);
        });
        Label heading = new Label();
        heading.setId("sheet-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(vm.sheet().headingProperty());
        sheetGrid.setHgap(10);
        sheetGrid.setVgap(4);
        ColumnConstraints text = new ColumnConstraints(200, 320, Double.MAX_VALUE);
        text.setHgrow(Priority.ALWAYS);
        sheetGrid.getColumnConstraints().addAll(text, new ColumnConstraints(70), new ColumnConstraints(200, 360, Double.MAX_VALUE));
        vm.sheet().inputs().addListener((javafx.collections.ListChangeListener<CriterionInput>) c -> fillSheet());
        Label total = new Label();
        total.setId("sheet-total");
        total.getStyleClass().add("share-figure");
        total.textProperty().bind(vm.sheet().totalTextProperty());
        ComboBox<Conclusion> conclusion = Fx.combo(java.util.List.of(Conclusion.values()), Conclusion::displayName);
        conclusion.setId("sheet-conclusion");
        conclusion.valueProperty().bindBidirectional(vm.sheet().conclusionProperty());
        TextArea comment = new TextArea();
        comment.setId("sheet-comment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.sheet().commentProperty());
        CheckBox noConflict = new CheckBox(Messages.get("contest.sheet.noConflict"));
        noConflict.setId("sheet-no-conflict");
        noConflict.selectedProperty().bindBidirectional(vm.sheet().noConflictProperty());
        Button save = button("contest.sheet.save", "sheet-save");
        save.setTooltip(new Tooltip(Messages.get("contest.sheet.saveHint")));
        save.disableProperty().bind(vm.sheet().dirtyProperty().not());
        save.setOnAction(e -> vm.sheet().save(vm::reloadRanking));
        VBox form = new VBox(8, heading, sheetGrid, total, new Label(Messages.get("contest.sheets.conclusion")),
                conclusion, new Label(Messages.get("contest.sheets.comment")), comment, noConflict, save);
        form.setPadding(new Insets(10));
        form.visibleProperty().bind(vm.sheet().sheetProperty().isNotNull());
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setDividerPositions(0.38);
        return split;
    }

    private void fillSheet() {
        sheetGrid.getChildren().clear();
        sheetGrid.add(header(Messages.get("contest.sheets.col.criterion")), 0, 0);
        sheetGrid.add(header(Messages.get("contest.sheets.col.score")), 1, 0);
        sheetGrid.add(header(Messages.get("contest.sheets.col.levels")), 2, 0);
        int row = 1;
        int i = 0;
        for (CriterionInput in : vm.sheet().inputs()) {
            Criterion c = in.criterion();
            Label name = new Label(Messages.get("contest.sheet.criterion", c.title(), c.maxScore()));
            name.setWrapText(true);
            if (c.description() != null) {
                name.setTooltip(new Tooltip(c.description()));
            }
            TextField score = new TextField();
            score.setId("sheet-score-" + i);
            score.setPrefColumnCount(3);
            score.textProperty().bindBidirectional(in.textProperty());
            score.setTooltip(new Tooltip(String.join("\n", c.levels().entrySet().stream()
                    .map(e -> e.getKey() + " — " + e.getValue()).toList())));
            Label descriptor = new Label();
            descriptor.setWrapText(true);
            descriptor.textProperty().bind(in.descriptorProperty());
            Label problem = new Label();
            problem.getStyleClass().add("field-error");
            problem.setWrapText(true);
            problem.textProperty().bind(in.problemProperty());
            problem.managedProperty().bind(in.problemProperty().isNotNull());
            problem.visibleProperty().bind(in.problemProperty().isNotNull());
            sheetGrid.add(name, 0, row);
            sheetGrid.add(score, 1, row);
            sheetGrid.add(new VBox(2, descriptor, problem), 2, row);
            row++;
            i++;
        }
    }

    private Node ranking() {
        TableView<RankedApplication> table = new TableView<>(vm.ranking());
        table.setId("contest-ranking");
        table.getColumns().add(column("contest.col.subsystem", 150, r -> r.subsystem().displayName()));
        table.getColumns().add(column("contest.col.rank", 55, r -> r.rank()));
        table.getColumns().add(column("contest.col.number", 45, r -> r.regNumber()));
        table.getColumns().add(column("contest.col.organization", 170, RankedApplication::organization));
        table.getColumns().add(column("contest.col.topic", 220, RankedApplication::topic));
        table.getColumns().add(column("contest.col.experts", 70, r -> r.remote().sheets()));
        table.getColumns().add(column("contest.col.score", 70, r -> r.score() == null ? ""
                : ScoreSheetViewModel.format(r.score())));
        table.getColumns().add(column("contest.col.median", 70, r -> r.remote().scored()
                ? ScoreSheetViewModel.format(r.remote().median()) : ""));
        table.getColumns().add(column("contest.col.spread", 70, r -> r.remote().scored()
                ? ScoreSheetViewModel.format(r.remote().spread()) : ""));
        table.getColumns().add(column("contest.col.flags", 330, ContestResultsWorkbook::flags));
        table.getColumns().add(column("contest.col.decision", 120, r -> r.decision() == null ? "" : r.decision().displayName()));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RankedApplication item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("row-flagged", "row-winner");
                if (!empty && item != null && (item.disagreement() || item.tie())) {
                    getStyleClass().add("row-flagged");
                } else if (!empty && item != null && item.withinWinners()) {
                    getStyleClass().add("row-winner");
                }
            }
        });
        Button oneMore = button("contest.action.oneMore", "contest-one-more");
        oneMore.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            RankedApplication a = table.getSelectionModel().getSelectedItem();
            return a == null || !a.disagreement();
        }, table.getSelectionModel().selectedItemProperty()));
        oneMore.setOnAction(e -> vm.assignOneMore(table.getSelectionModel().getSelectedItem()));
        Button decide = button("contest.action.decide", "contest-decide");
        decide.setOnAction(e -> {
            if (Dialogs.confirm(window(), Messages.get("contest.decision.confirm"), Messages.get("contest.action.decide"))) {
                vm.decideFromRanking();
            }
        });
        Button excel = button("contest.action.results", "contest-results");
        excel.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.xlsx"), "*.xlsx"));
            chooser.setInitialFileName(Messages.get("contest.results.fileName"));
            File f = chooser.showSaveDialog(window());
            if (f != null) {
                vm.writeResults(f.toPath(), () -> Dialogs.info(window(), Messages.get("cli.contest.resultsDone",
                        vm.ranking().size(), f)));
            }
        });
        return withActions(table, oneMore, decide, excel);
    }

    private static Node withActions(Node center, Button... buttons) {
        HBox actions = new HBox(8, buttons);
        actions.setPadding(new Insets(6, 0, 6, 0));
        BorderPane p = new BorderPane(center);
        p.setTop(actions);
        p.setPadding(new Insets(4, 8, 8, 8));
        return p;
    }

    private static Button button(String key, String id) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        return b;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-header");
        return l;
    }

    private static <S, T> TableColumn<S, T> column(String key, double width, Function<S, T> value) {
        TableColumn<S, T> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public TabPane tabs() {
        return tabs;
    }

    public Node root() {
        return root;
    }

    public ContestViewModel viewModel() {
        return vm;
    }
}
