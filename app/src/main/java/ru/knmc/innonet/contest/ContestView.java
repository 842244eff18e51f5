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
        contest.setMaxWidth(760);
        title.setMinWidth(Region.USE_PREF_SIZE);
        contest.valueProperty().bindBidirectional(vm.contestProperty());
        Label status = new Label();
        status.setId("contest-status");
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button announce = button("contest.action.new", "contest-new");
        HBox head = new HBox(10, title, contest, announce, spacer, status);
        head.getStyleClass().add("toolbar-row");
        root.setTop(head);
        tabs.setId("contest-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(ContestSetupTabs.tab("contest.tab.applications", "tab-applications", applications()),
                ContestSetupTabs.tab("contest.tab.sheets", "tab-sheets", sheets()),
                ContestSetupTabs.tab("contest.tab.ranking", "tab-ranking", ranking()),
                ContestSetupTabs.tab("contest.tab.defense", "tab-defense", new DefensePane(vm, vm::assignJury, name -> saveDocx(name,
                        f -> vm.work().writeDefenseOrder(f, () -> done(f)))).root()),
                ContestSetupTabs.tab("contest.tab.reports", "tab-reports", new SiteReportsPane(vm).root()),
                ContestSetupTabs.tab("contest.tab.ripo", "tab-ripo", ripo()));
        Runnable newContest = ContestSetupTabs.add(tabs, vm, this::window);
        announce.setOnAction(e -> newContest.run());
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
        TableView<ApplicationService.Row> table = new TableView<>();
        table.setId("contest-applications");
        ApplicationActions actions = new ApplicationActions(vm.work(), vm.background(), table, a -> saveDocx(
                Messages.get("contest.passport.fileName", a.regNumber()), f -> vm.writePassport(a.id(), f, () -> done(f))),
                () -> tabs.getSelectionModel().getSelectedItem() != null
                        && "tab-applications".equals(tabs.getSelectionModel().getSelectedItem().getId()) && root.getParent() != null);
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
        var selected = table.getSelectionModel().selectedItemProperty();
        Button check = button("contest.action.formalCheck", "contest-formal-check");
        check.disableProperty().bind(selected.isNull());
        check.setOnAction(e -> formalCheck(selected.get()));
        Button letter = button("contest.action.returnLetter", "contest-return-letter");
        letter.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().status() != ApplicationStatus.RETURNED, selected));
        letter.setOnAction(e -> returnLetter(selected.get()));
        Button passport = button("contest.action.passport", "contest-passport");
        passport.disableProperty().bind(selected.isNull());
        passport.setOnAction(e -> saveDocx(Messages.get("contest.passport.fileName", selected.get().regNumber()),
                f -> vm.writePassport(selected.get().id(), f, () -> done(f))));
        Button fromWord = button("contest.action.newFromWord", "contest-new-from-word");
        fromWord.setOnAction(e -> importPassport(null));
        Button replace = button("contest.action.passportFromWord", "contest-passport-from-word");
        replace.disableProperty().bind(selected.isNull());
        replace.setOnAction(e -> importPassport(selected.get()));
        java.util.List<Node> all = new java.util.ArrayList<>(actions.controls());
        all.addAll(java.util.List.of(fromWord, replace, passport, check, letter, assign, write, collect));
        return withActions(table, all.toArray(new Node[0]));
    }

    private void formalCheck(ApplicationService.Row app) {
        vm.checks(app.id(), previous -> ContestDialogs.formalCheck(window(), app, previous).ifPresent(items ->
                vm.formalCheck(app.id(), items, () -> {
                    if (Dialogs.confirm(window(), Messages.get("contest.formal.letterOffer"),
                            Messages.get("contest.action.returnLetter"))) {
                        returnLetter(app);
                    }
                })));
    }

    private void returnLetter(ApplicationService.Row app) {
        saveDocx(Messages.get("contest.letter.fileName", app.regNumber()),
                f -> vm.writeReturnLetter(app.id(), f, () -> done(f)));
    }

    private void importPassport(ApplicationService.Row app) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.docx"), "*.docx"));
        File file = chooser.showOpenDialog(window());
        if (file == null) {
            return;
        }
        java.util.function.Consumer<java.util.List<String>> report = missing -> {
            if (!missing.isEmpty()) {
                Dialogs.info(window(), Messages.get("contest.import.unmatched", String.join(", ", missing)));
            }
        };
        if (app != null) {
            if (Dialogs.confirm(window(), Messages.get("contest.import.replaceConfirm", app.regNumber()),
                    Messages.get("contest.import.replace"))) {
                vm.importPassport(file.toPath(), app.id(), null, null, report);
            }
            return;
        }
        vm.organizations(orgs -> ContestDialogs.applicant(window(), orgs).ifPresent(a ->
                vm.importPassport(file.toPath(), null, a.organization(), a.subsystem(), report)));
    }

    void saveDocx(String name, java.util.function.Consumer<java.nio.file.Path> write) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.docx"), "*.docx"));
        chooser.setInitialFileName(name);
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            write.accept(f.toPath());
        }
    }

    /** A document is written: offered to open it at once (in Word, or whatever the system opens it with). */
    private void done(java.nio.file.Path file) {
        if (Dialogs.confirm(window(), Messages.get("contest.doc.written", file), Messages.get("contest.files.open"),
                Messages.get("button.close"))) {
            vm.background().run(() -> FileLinks.open(file), f -> { }, t -> Dialogs.error(window(), t));
        }
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
        TableView<ReviewService.Row> table = new TableView<>();
        table.setId("contest-reviews");
        table.getColumns().add(column("contest.col.number", 50, r -> r.regNumber()));
        table.getColumns().add(column("contest.col.organization", 170, ReviewService.Row::organization));
        table.getColumns().add(column("contest.col.expert", 140, ReviewService.Row::expert));
        table.getColumns().add(column("contest.col.purpose", 130, r -> r.purpose().displayName()));
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
        SplitPane split = new SplitPane(ContestTables.searchable(table, vm.reviews(), r -> ContestTables.joined(
                r.regNumber(), r.organization(), r.expert(), r.purpose().displayName()), this::unassign), scroll);
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
        TableView<RankedApplication> table = new TableView<>();
        table.setId("contest-ranking");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("contest.col.subsystem", 150, r -> r.subsystem().displayName()));
        table.getColumns().add(column("contest.col.rank", 55, r -> r.rank()));
        table.getColumns().add(column("contest.col.number", 45, r -> r.regNumber()));
        table.getColumns().add(column("contest.col.organization", 170, RankedApplication::organization));
        table.getColumns().add(column("contest.col.topic", 220, RankedApplication::topic));
        table.getColumns().add(column("contest.col.experts", 70, r -> r.remote().sheets()));
        table.getColumns().add(column("contest.col.score", 70, r -> r.score() == null ? ""
                : ScoreFormat.format(r.score())));
        table.getColumns().add(column("contest.col.median", 70, r -> r.remote().scored()
                ? ScoreFormat.format(r.remote().median()) : ""));
        table.getColumns().add(column("contest.col.spread", 70, r -> r.remote().scored()
                ? ScoreFormat.format(r.remote().spread()) : ""));
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
        Button protocol = button("contest.action.protocol", "contest-protocol");
        protocol.setOnAction(e -> saveDocx(Messages.get("contest.protocol.fileName"),
                f -> vm.writeProtocol(f, () -> done(f))));
        Button order = button("contest.action.order", "contest-order");
        order.setOnAction(e -> {
            Contest c = vm.contestProperty().get();
            saveDocx(Messages.get("contest.order.fileName"), f -> vm.writeOrder(f, c.year().next().start(),
                    c.year().next().next().next().end(), () -> done(f)));
        });
        Button grant = button("contest.action.grant", "contest-grant");
        grant.setOnAction(e -> vm.orders(orders -> ContestDialogs.grant(window(), orders, vm.contestProperty().get())
                .ifPresent(g -> vm.grantStatuses(g.order(), g.from(), g.to()))));
        Button jury = button("contest.action.jury", "contest-jury");
        jury.setOnAction(e -> vm.assignJury());
        return withActions(ContestTables.searchable(table, vm.ranking(), r -> ContestTables.joined(r.regNumber(),
                r.organization(), r.topic(), r.subsystem().displayName(), ContestResultsWorkbook.flags(r)), null),
                oneMore, jury, decide, excel, protocol, order, grant);
    }

    private Node ripo() {
        TableView<RipoMaterial> table = new TableView<>();
        javafx.collections.ObservableList<RipoMaterial> materials = javafx.collections.FXCollections.observableArrayList();
        table.setId("contest-ripo");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("contest.col.subsystem", 150, r -> r.subsystem().displayName()));
        table.getColumns().add(column("contest.ripo.title", 360, RipoMaterial::title));
        table.getColumns().add(column("contest.ripo.authors", 200, RipoMaterial::authors));
        table.getColumns().add(column("contest.ripo.originality", 90, r -> r.originality() == null ? ""
                : ScoreFormat.format(r.originality()) + " %"));
        table.getColumns().add(column("contest.ripo.conclusion", 120, r -> r.conclusion() == null ? ""
                : r.conclusion().displayName()));
        table.getColumns().add(column("contest.ripo.includedOn", 100, r -> ru.knmc.innonet.common.Dates.format(r.includedOn())));
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("ripo-year");
        Label summary = new Label();
        summary.setId("ripo-summary");
        summary.setWrapText(true);
        boolean[] updating = {false};
        java.util.function.Consumer<ContestViewModel.Ripo> show = r -> {
            updating[0] = true;
            year.getItems().setAll(r.years());
            year.setValue(r.year());
            updating[0] = false;
            materials.setAll(r.materials());
            summary.setText(Messages.get("contest.ripo.summary", String.valueOf(r.year()), r.positive().values().stream()
                    .mapToInt(Integer::intValue).sum(), r.positive().get(Subsystem.PRESCHOOL),
                    r.positive().get(Subsystem.GENERAL), r.positive().get(Subsystem.ADDITIONAL),
                    String.join(", ", r.byYear().entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).toList())));
        };
        year.valueProperty().addListener((o, a, b) -> {
            if (!updating[0] && b != null) {
                vm.ripo(b, show);
            }
        });
        vm.ripo(null, show);
        HBox top = new HBox(10, new Label(Messages.get("contest.ripo.year")), year, summary);
        top.setPadding(new Insets(6, 0, 6, 0));
        BorderPane p = new BorderPane(ContestTables.searchable(table, materials, m -> ContestTables.joined(m.title(),
                m.authors(), m.subsystem().displayName()), m -> {
                    if (Dialogs.confirm(window(), Messages.get("contest.ripo.deleteConfirm", m.title()),
                            Messages.get("contest.ripo.delete"))) {
                        vm.deleteRipo(m, () -> vm.ripo(year.getValue(), show));
                    }
                }));
        p.setTop(top);
        p.setPadding(new Insets(4, 8, 8, 8));
        return p;
    }

    private void unassign(ReviewService.Row r) {
        if (r.scored()) {
            Dialogs.info(window(), Messages.get("contest.assign.scored"));
        } else if (Dialogs.confirm(window(), Messages.get("contest.assignment.withdrawConfirm", r.expert(), r.regNumber()),
                Messages.get("contest.assignment.withdraw"))) {
            vm.unassign(r.reviewId());
        }
    }

    private static Node withActions(Node center, Node... buttons) {
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, buttons);
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

    static <S, T> TableColumn<S, T> column(String key, double width, Function<S, T> value) {
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
