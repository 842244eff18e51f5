package ru.knmc.innonet.network;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.app.RecordTable;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.council.DecisionChoice;
import ru.knmc.innonet.registry.Direction;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/**
 * «Сети»: the list of networks with an editor beside it (fields, members by level, agreements, team,
 * roadmap, the twelve tasks, the picture) and a second tab with every network against the twelve tasks.
 */
public final class NetworksView {
    private final NetworksViewModel vm;
    private final Supplier<Window> owner;
    private final NetworkDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<NetworkSummary> list = new TableView<>();
    private final TextField search = new TextField();
    private final TabPane tabs = new TabPane();

    public NetworksView(NetworksViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        this.dialogs = new NetworkDialogs(vm, owner);
        root.setId("networks-view");
        Label title = new Label(Messages.get("network.section.title"));
        title.getStyleClass().add("section-title");
        ComboBox<AcademicYear> year = Fx.combo(years(), AcademicYear::toString);
        year.setId("network-year");
        year.valueProperty().bindBidirectional(vm.year());
        Label status = new Label();
        status.textProperty().bind(vm.status());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, new Label(Messages.get("network.year")), year, spacer, status);
        head.getStyleClass().add("toolbar-row");
        root.setTop(head);
        Tab networks = new Tab(Messages.get("network.tab.networks"), networksPane());
        Tab glance = new Tab(Messages.get("network.tab.glance"), new ChecklistOverview(vm, this::openFromOverview).root());
        glance.setId("network-tab-glance");
        Tab directions = new Tab(Messages.get("network.tab.directions"), byDirection());
        networks.setClosable(false);
        glance.setClosable(false);
        directions.setClosable(false);
        tabs.getTabs().addAll(networks, glance, directions);
        root.setCenter(tabs);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newNetwork);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
            }
        });
        vm.error().addListener((o, a, text) -> {
            if (text != null && !text.isBlank() && vm.current().get() == null) {
                Fx.showError(root, text);
            }
        });
        vm.load();
    }

    private static List<AcademicYear> years() {
        AcademicYear now = AcademicYear.current();
        List<AcademicYear> result = new java.util.ArrayList<>();
        for (int y = 2016; y <= now.startYear() + 1; y++) {
            result.add(new AcademicYear(y));
        }
        java.util.Collections.reverse(result);
        return result;
    }

    public BorderPane root() {
        return root;
    }

    private Node byDirection() {
        TableView<java.util.Map.Entry<String, List<String>>> t = new TableView<>(vm.byDirection());
        t.setId("network-directions");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("network.col.direction", java.util.Map.Entry::getKey, 420));
        t.getColumns().add(column("network.directions.centres", e -> String.join(", ", e.getValue()), 420));
        t.getColumns().add(column("network.col.count", e -> String.valueOf(e.getValue().size()), 60));
        t.setPlaceholder(new Label(Messages.get("network.directions.empty")));
        return t;
    }

    private Node networksPane() {
        search.setId("network-search");
        search.setPromptText(Messages.get("network.search.prompt"));
        search.textProperty().bindBidirectional(vm.search());
        list.setId("networks-table");
        list.setItems(vm.shown());
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.getColumns().add(column("network.col.id", s -> String.valueOf(s.id()), 40));
        list.getColumns().add(column("network.col.name", NetworkSummary::name, 260));
        list.getColumns().add(column("network.col.centre", NetworkSummary::centreName, 160));
        list.getColumns().add(column("network.col.members", s -> String.valueOf(s.activeMembers()), 70));
        list.getColumns().add(column("network.col.direction", s -> s.directionTitle() == null ? "" : s.directionTitle(), 200));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && (vm.current().get() == null || !Long.valueOf(s.id()).equals(vm.current().get().id()))) {
                guard(() -> vm.open(s.id()));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
            }
        });
        Button add = new Button(Messages.get("network.new"));
        add.setId("network-new");
        add.setOnAction(e -> newNetwork());
        Button delete = new Button(Messages.get("network.delete"));
        delete.setId("network-delete");
        delete.setOnAction(e -> delete());
        VBox left = new VBox(6, search, new HBox(6, add, delete), list);
        left.setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, editor());
        split.setDividerPositions(0.33);
        return split;
    }

    private void newNetwork() {
        guard(() -> {
            list.getSelectionModel().clearSelection();
            vm.newNetwork();
        });
    }

    /** Runs {@code next} after the unsaved changes are saved or dropped; the user may also stay. */
    private void guard(Runnable next) {
        Dialogs.afterUnsaved(owner.get(), vm.name().get(), vm.dirty(), vm::save, next);
    }

    private void save() {
        if (vm.current().get() != null) {
            vm.save(() -> { });
        }
    }

    private void delete() {
        Network n = vm.current().get();
        if (n != null && n.id() != null && Dialogs.confirm(owner.get(), Messages.get("network.delete.confirm", n.name()),
                Messages.get("network.delete"))) {
            vm.delete();
        }
    }

    private void openFromOverview(long id) {
        tabs.getSelectionModel().select(0);
        vm.shown().stream().filter(s -> s.id() == id).findFirst().ifPresent(s -> list.getSelectionModel().select(s));
    }

    private Node editor() {
        Button save = new Button(Messages.get("button.save"));
        save.setId("network-save");
        save.setOnAction(e -> save());
        save.disableProperty().bind(vm.current().isNull());
        HBox exports = new HBox(6, exportButton("passport", "network.export.passport", "docx"),
                exportButton("page", "network.export.page", "html"), exportButton("roadmap", "network.export.roadmap", "xlsx"),
                exportButton("picture", "network.export.picture", "png"));
        HBox bar = new HBox(10, save, exports);
        Label error = new Label();
        error.setId("network-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.error());
        Label warnings = new Label();
        warnings.setId("network-warnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add("field-error");
        warnings.textProperty().bind(vm.warnings());
        TabPane parts = new TabPane(tab("network.tab.members", members()), tab("network.tab.agreements", agreements()),
                tab("network.tab.team", team()), tab("network.tab.roadmap", roadmap()),
                tab("network.tab.tasks", tasks()), tab("network.tab.picture", picture()));
        parts.setId("network-parts");
        VBox box = new VBox(8, bar, error, form(), warnings, parts);
        box.setPadding(new Insets(6));
        VBox.setVgrow(parts, Priority.ALWAYS);
        box.disableProperty().bind(vm.current().isNull());
        return box;
    }

    private Button exportButton(String kind, String key, String ext) {
        Button b = new Button(Messages.get(key));
        b.setId("network-export-" + kind);
        b.disableProperty().bind(vm.current().isNull().or(vm.dirty()));
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get(key));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Messages.RUSSIAN), "*." + ext));
            chooser.setInitialFileName(Messages.get("network.export.fileName", vm.current().get().id(), ext));
            File f = chooser.showSaveDialog(owner.get());
            if (f != null) {
                vm.export(kind, f.toPath(), p -> vm.status().set(Messages.get("network.export.done", p)));
            }
        });
        return b;
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }

    private Node form() {
        TextField name = new TextField();
        name.setId("network-name");
        name.textProperty().bindBidirectional(vm.name());
        TextField theme = new TextField();
        theme.setId("network-theme");
        theme.textProperty().bindBidirectional(vm.theme());
        ComboBox<Direction> direction = Fx.searchableNullableCombo(vm.directions(), "",
                d -> d.academicYear() + ": " + d.title());
        direction.valueProperty().bindBidirectional(vm.direction());
        ComboBox<Organization> centre = Fx.searchableNullableCombo(vm.organizations(), "", Organization::shortName);
        centre.setId("network-centre");
        centre.valueProperty().bindBidirectional(vm.centre());
        ComboBox<FormationVariant> variant = Fx.combo(List.of(FormationVariant.values()), FormationVariant::displayName);
        variant.valueProperty().bindBidirectional(vm.variant());
        ComboBox<InteractionForm> form = Fx.combo(List.of(InteractionForm.values()), InteractionForm::displayName);
        form.valueProperty().bindBidirectional(vm.form());
        DatePicker start = Fx.datePicker();
        start.setId("network-start");
        start.valueProperty().bindBidirectional(vm.start());
        DatePicker end = Fx.datePicker();
        end.valueProperty().bindBidirectional(vm.end());
        ComboBox<Person> methodist = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        methodist.valueProperty().bindBidirectional(vm.methodist());
        ComboBox<Person> tutor = Fx.searchableNullableCombo(vm.persons(), "", Person::shortName);
        tutor.valueProperty().bindBidirectional(vm.tutor());
        ComboBox<DecisionChoice> decision = Fx.searchableNullableCombo(vm.decisions(), Messages.get("network.noDecision"),
                DecisionChoice::label);
        decision.valueProperty().bindBidirectional(vm.tutorDecision());
        for (Region r : List.of(name, theme, direction, centre, variant, form, methodist, tutor, decision)) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(5);
        g.addRow(0, label("field.network.name", name), name);
        g.addRow(1, label("field.network.centre", centre), centre);
        g.addRow(2, label("field.network.theme", theme), theme);
        g.addRow(3, label("field.network.direction", direction), direction);
        g.addRow(4, label("field.network.variant", variant), new HBox(8, variant, label("field.network.form", form), form));
        g.addRow(5, label("field.network.startDate", start), new HBox(6, start, new Label("\u2014"), end));
        g.addRow(6, label("field.network.methodist", methodist), new HBox(8, methodist, label("field.network.tutor", tutor), tutor));
        g.addRow(7, label("field.network.tutorDecision", decision), decision);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setFillWidth(true);
        g.getColumnConstraints().addAll(fixed, grow);
        variant.setPrefWidth(260);
        form.setPrefWidth(260);
        methodist.setPrefWidth(200);
        tutor.setPrefWidth(200);
        return g;
    }

    private static Label label(String key, Node control) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(control);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private Node members() {
        return new RecordTable<>("members", vm.members(), () -> dialogs.member(java.util.Optional.empty()), dialogs::member)
                .column("network.member.organization", m -> vm.orgName(m.organizationId()), 220)
                .column("network.member.level", m -> m.level().displayName(), 170)
                .column("network.member.joined", m -> Dates.format(m.joinedOn()), 90)
                .column("network.member.left", m -> Dates.format(m.leftOn()), 90)
                .column("network.member.decision", m -> vm.decisionName(m.admittedDecisionId()), 200)
                .column("network.member.releasedDecision", m -> vm.decisionName(m.releasedDecisionId()), 200)
                .column("network.member.rating", m -> m.lowRating() ? Messages.get("network.member.lowRating") : "", 120).root();
    }

    private Node agreements() {
        return new RecordTable<>("agreements", vm.agreements(), () -> dialogs.agreement(java.util.Optional.empty()), dialogs::agreement)
                .column("network.agreement.number", Agreement::number, 80)
                .column("network.agreement.signed", a -> Dates.format(a.signedOn()), 90)
                .column("network.agreement.validTo", a -> a.validTo() == null ? Messages.get("passport.openEnd") : Dates.format(a.validTo()), 90)
                .column("network.agreement.subject", Agreement::subject, 200)
                .column("network.agreement.parties", a -> String.join(", ", a.partyIds().stream().map(vm::orgName).toList()), 300).root();
    }

    private Node team() {
        return new RecordTable<>("team", vm.team(), () -> dialogs.representative(java.util.Optional.empty()), dialogs::representative)
                .column("network.team.organization", t -> vm.orgName(t.organizationId()), 220)
                .column("network.team.person", t -> vm.personName(t.personId()), 160)
                .column("network.team.role", t -> t.role() == null ? "" : t.role(), 160).root();
    }

    private Node roadmap() {
        return new RecordTable<>("roadmap", vm.roadmap(), () -> dialogs.activity(java.util.Optional.empty()), dialogs::activity)
                .column("network.roadmap.year", r -> r.year().toString(), 90)
                .column("network.roadmap.activity", RoadmapItem::activity, 260)
                .column("roadmap.col.dates", r -> dates(r), 150)
                .column("roadmap.col.responsible", r -> String.join(", ", List.of(vm.orgName(r.responsibleOrgId()),
                        vm.personName(r.responsiblePersonId())).stream().filter(s -> !s.isEmpty()).toList()), 180)
                .column("network.roadmap.status", r -> r.status().displayName(), 110)
                .column("network.roadmap.event", r -> vm.eventName(r.eventId()), 220).root();
    }

    private static String dates(RoadmapItem r) {
        return r.endDate() == null || r.endDate().equals(r.startDate()) ? Dates.format(r.startDate())
                : Dates.format(r.startDate()) + " – " + Dates.format(r.endDate());
    }

    private Node tasks() {
        TableView<TaskState> t = new TableView<>(vm.tasks());
        t.setId("network-tasks");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("network.task.col.no", s -> String.valueOf(s.number()), 40));
        t.getColumns().add(column("network.task.col.done", s -> s.done() ? "\u2714" : "\u2014", 50));
        t.getColumns().add(column("network.task.col.title", TaskState::title, 380));
        t.getColumns().add(column("network.task.col.how", s -> Messages.get(s.byHand() ? "network.task.byHand" : "network.task.byData"), 110));
        t.getColumns().add(column("network.task.col.detail", TaskState::detail, 200));
        Button mark = new Button(Messages.get("network.task.mark"));
        mark.setId("network-task-mark");
        mark.setOnAction(e -> {
            TaskState s = t.getSelectionModel().getSelectedItem();
            if (s != null && s.byHand()) {
                dialogs.markDate(s).ifPresent(d -> vm.mark(s.number(), d));
            }
        });
        Button unmark = new Button(Messages.get("network.task.unmark"));
        unmark.setOnAction(e -> {
            TaskState s = t.getSelectionModel().getSelectedItem();
            if (s != null && s.byHand() && s.done()) {
                vm.mark(s.number(), null);
            }
        });
        mark.disableProperty().bind(vm.dirty());
        unmark.disableProperty().bind(vm.dirty());
        Label hint = new Label(Messages.get("network.task.hint"));
        hint.getStyleClass().add("hint");
        VBox box = new VBox(6, new HBox(6, mark, unmark, hint), t);
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private Node picture() {
        ImageView view = new ImageView();
        view.setId("network-picture");
        view.setPreserveRatio(true);
        view.setFitWidth(900);
        vm.picture().addListener((o, a, png) -> view.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setPannable(true);
        return scroll;
    }

    public static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new SimpleStringProperty(d.getValue() == null ? "" : value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return c;
    }
}
