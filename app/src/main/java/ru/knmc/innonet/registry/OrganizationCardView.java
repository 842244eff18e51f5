package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;

/** The organization card window: details, status history, persons. Ctrl+S saves, Esc closes. */
public final class OrganizationCardView {
    private final OrganizationCardViewModel vm;
    private final Stage stage = new Stage();
    private final Runnable onSaved;
    private final TableView<StatusRow> history = new TableView<>();

    public OrganizationCardView(Window owner, OrganizationCardViewModel vm, Runnable onSaved) {
        this.vm = vm;
        this.onSaved = onSaved;
        stage.initOwner(owner);
        stage.setTitle(vm.title());
        TabPane tabs = new TabPane(
                new Tab(Messages.get("card.tab.details"), details()),
                new Tab(Messages.get("card.tab.statuses"), statuses()),
                new Tab(Messages.get("card.tab.persons"), persons()),
                new Tab(Messages.get("card.tab.networks"), networks()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().get(1).setId("card-tab-statuses");
        tabs.getTabs().get(1).disableProperty().bind(vm.persistedProperty().not());
        tabs.getTabs().get(2).disableProperty().bind(vm.persistedProperty().not());
        tabs.getTabs().get(3).setId("card-tab-networks");
        tabs.getTabs().get(3).disableProperty().bind(vm.persistedProperty().not());
        Label title = new Label(vm.title());
        title.getStyleClass().add("card-title");
        BorderPane root = new BorderPane(tabs);
        root.setTop(title);
        BorderPane.setMargin(title, new Insets(10, 12, 4, 12));
        root.setBottom(buttons());
        Scene scene = new Scene(root, 980, 680);
        scene.getStylesheets().add(getClass().getResource("/innonet.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), this::close);
        stage.setScene(scene);
        // window managers may restore a tiny size remembered for the owner; never smaller than usable
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setWidth(1000);
        stage.setHeight(700);
        // statuses and persons are saved as they are entered: the registry shows them once the card closes
        stage.setOnHidden(e -> onSaved.run());
        stage.setOnCloseRequest(e -> {
            e.consume();
            close();
        });
    }

    public void show() {
        stage.show();
        // some window managers shrink a new owned window to its minimum: ask again once it is shown
        stage.setWidth(1000);
        stage.setHeight(700);
        stage.centerOnScreen();
    }

    public Stage stage() {
        return stage;
    }

    private Node details() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(4);
        g.setPadding(new Insets(12));
        g.getColumnConstraints().addAll(new ColumnConstraints(240), new ColumnConstraints(200, 560, Double.MAX_VALUE));
        g.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        ComboBox<OrgType> type = Fx.combo(List.of(OrgType.values()), OrgType::displayName);
        type.valueProperty().bindBidirectional(vm.typeProperty());
        ComboBox<Municipality> municipality = Fx.combo(vm.municipalities(), Municipality::name);
        municipality.valueProperty().bindBidirectional(vm.municipalityProperty());
        int row = 0;
        row = add(g, row, "type", type);
        row = add(g, row, "legalForm", text("legalForm", vm.legalFormProperty()));
        row = add(g, row, "kindName", text("kindName", vm.kindNameProperty()));
        row = add(g, row, "number", text("number", vm.numberProperty()));
        row = add(g, row, "ownName", text("ownName", vm.ownNameProperty()));
        row = add(g, row, "shortName", text("shortName", vm.shortNameProperty()));
        row = add(g, row, "fullName", text("fullName", vm.fullNameProperty()));
        row = add(g, row, "municipality", municipality);
        row = add(g, row, "address", text("address", vm.addressProperty()));
        row = add(g, row, "headName", text("headName", vm.headNameProperty()));
        row = add(g, row, "phone", text("phone", vm.phoneProperty()));
        row = add(g, row, "email", text("email", vm.emailProperty()));
        row = add(g, row, "website", text("website", vm.websiteProperty()));
        CheckBox archived = new CheckBox(Fields.label("organization", "archived"));
        archived.setId("card-archived");
        archived.selectedProperty().bindBidirectional(vm.archivedProperty());
        g.add(archived, 1, row);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(g);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private TextField text(String field, javafx.beans.property.StringProperty property) {
        TextField t = new TextField();
        t.setId("card-" + field);
        t.textProperty().bindBidirectional(property);
        return t;
    }

    private int add(GridPane g, int row, String field, Control control) {
        Label label = new Label(Fields.label("organization", field));
        label.setLabelFor(control);
        g.add(label, 0, row);
        g.add(control, 1, row);
        control.setMaxWidth(Double.MAX_VALUE);
        if (control.getId() == null) {
            control.setId("card-" + field);
        }
        if (vm.hasCheck(field)) {
            ReadOnlyStringProperty error = vm.errorProperty(field);
            Label message = new Label();
            message.setId("card-error-" + field);
            message.getStyleClass().add("field-error");
            message.textProperty().bind(error);
            message.managedProperty().bind(error.isNotNull());
            message.visibleProperty().bind(error.isNotNull());
            Fx.markWhileError(control, error);
            g.add(message, 1, row + 1);
            return row + 2;
        }
        return row + 1;
    }

    private Node statuses() {
        history.setId("card-history");
        history.setPlaceholder(new Label(Messages.get("card.history.empty")));
        history.getColumns().addAll(List.of(
                col("status.kind", StatusRow::kind, 110),
                col("status.projectTopic", r -> r.assignment().projectTopic(), 300),
                col("status.direction", StatusRow::direction, 200),
                col("status.startDate", r -> Dates.format(r.assignment().startDate()), 95),
                col("status.endDate", r -> Dates.format(r.assignment().endDate()), 95),
                col("status.orderId", StatusRow::order, 150),
                col("status.supervisor", StatusRow::supervisor, 180),
                col("status.outcome", r -> r.assignment().outcome().displayName() +
                        (r.endOrder().isEmpty() ? "" : " (" + r.endOrder() + ")"), 170)));
        history.setItems(vm.history());
        Button assign = new Button(Messages.get("card.action.assign"));
        assign.setId("card-assign");
        assign.setOnAction(e -> new StatusDialogs(stage, vm).assign());
        Button extend = new Button(Messages.get("card.action.extend"));
        extend.setId("card-extend");
        Button end = new Button(Messages.get("card.action.end"));
        end.setId("card-end");
        var selected = history.getSelectionModel().selectedItemProperty();
        extend.disableProperty().bind(selected.isNull());
        end.disableProperty().bind(selected.isNull());
        Button edit = new Button(Messages.get("card.action.editStatus"));
        edit.setId("card-edit-status");
        edit.disableProperty().bind(selected.isNull());
        edit.setOnAction(e -> new StatusDialogs(stage, vm).edit(selected.get().assignment()));
        Button delete = new Button(Messages.get("card.action.deleteStatus"));
        delete.setId("card-delete-status");
        delete.disableProperty().bind(selected.isNull());
        delete.setOnAction(e -> deleteStatus(selected.get()));
        extend.setOnAction(e -> new StatusDialogs(stage, vm).extend(selected.get().assignment()));
        end.setOnAction(e -> new StatusDialogs(stage, vm).end(selected.get().assignment()));
        Label hint = new Label(Messages.get("card.history.hint"));
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(8, assign, extend, end, edit, delete);
        bar.setPadding(new Insets(8, 8, 2, 8));
        hint.setPadding(new Insets(0, 8, 6, 8));
        VBox box = new VBox(bar, hint, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        return box;
    }

    /** Removes an assignment entered by mistake, after asking: ending a real status is «Завершить». */
    private void deleteStatus(StatusRow row) {
        if (!Dialogs.confirm(stage, Messages.get("card.deleteStatus.confirm", row.kind(),
                Dates.format(row.assignment().startDate())), Messages.get("card.action.deleteStatus"))) {
            return;
        }
        try {
            vm.delete(row.assignment());
        } catch (RuntimeException e) {
            Dialogs.error(stage, e);
        }
    }

    private Node networks() {
        TableView<ru.knmc.innonet.network.OrganizationNetwork> table = new TableView<>(vm.networks());
        table.setId("card-networks");
        table.setPlaceholder(new Label(Messages.get("card.networks.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ru.knmc.innonet.network.NetworksView.column("card.networks.name",
                ru.knmc.innonet.network.OrganizationNetwork::networkName, 300));
        table.getColumns().add(ru.knmc.innonet.network.NetworksView.column("card.networks.level", n -> n.level().displayName(), 200));
        table.getColumns().add(ru.knmc.innonet.network.NetworksView.column("card.networks.period",
                n -> ru.knmc.innonet.common.Dates.format(n.joinedOn()) + " \u2014 " + ru.knmc.innonet.common.Dates.format(n.leftOn()), 180));
        return table;
    }

    private Node persons() {
        TableView<Person> table = new TableView<>(vm.persons());
        table.setId("card-persons");
        table.setPlaceholder(new Label(Messages.get("card.persons.empty")));
        table.getColumns().addAll(List.of(
                pcol("person.lastName", Person::fullName, 260),
                pcol("person.position", p -> p.position() == null ? "" : p.position(), 240),
                pcol("person.academicDegree", p -> p.academicDegree() == null ? "" : p.academicDegree(), 120),
                pcol("person.academicTitle", p -> p.academicTitle() == null ? "" : p.academicTitle(), 120)));
        Button add = new Button(Messages.get("card.action.addPerson"));
        add.setOnAction(e -> new PersonDialog(stage, vm, null).showAndSave());
        Button edit = new Button(Messages.get("card.action.editPerson"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> new PersonDialog(stage, vm, table.getSelectionModel().getSelectedItem()).showAndSave());
        HBox bar = new HBox(8, add, edit);
        bar.setPadding(new Insets(8));
        VBox box = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<StatusRow, String> col(String key, Function<StatusRow, String> value, double width) {
        TableColumn<StatusRow, String> c = new TableColumn<>(Messages.get("field." + key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<Person, String> pcol(String key, Function<Person, String> value, double width) {
        TableColumn<Person, String> c = new TableColumn<>(Messages.get("field." + key));
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node buttons() {
        Button save = new Button(Messages.get("button.save"));
        save.setId("card-save");
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip("Ctrl+S"));
        save.setOnAction(e -> save());
        Button close = new Button(Messages.get("button.close"));
        close.setOnAction(e -> close());
        ButtonBar bar = new ButtonBar();
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        bar.getButtons().addAll(save, close);
        bar.setPadding(new Insets(8, 12, 10, 12));
        return bar;
    }

    boolean save() {
        try {
            if (!vm.save()) {
                return false;
            }
        } catch (RuntimeException e) {
            Dialogs.error(stage, e);
            return false;
        }
        stage.setTitle(vm.title());
        onSaved.run();
        return true;
    }

    private void close() {
        if (vm.dirtyProperty().get()) {
            ButtonBar.ButtonData choice = Dialogs.unsavedChanges(stage, vm.title());
            if (choice == null || (choice == ButtonBar.ButtonData.YES && !save())) {
                return;
            }
        }
        stage.close();
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
