package ru.knmc.innonet.event;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.network.NetworkSummary;
import ru.knmc.innonet.network.RoadmapEvents;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.EditDialog;
import ru.knmc.innonet.registry.Organization;

/** «Мероприятия»: the events of a year with their participants, the publications with the outlets' issues, the outlets. */
public final class EventsView {
    private final EventsViewModel vm;
    private final Supplier<Window> owner;
    private final BorderPane root = new BorderPane();
    private final java.util.Map<Tab, Runnable> newRecord = new java.util.HashMap<>();
    private OutletIssuesPane issuesPane;
    private Button addEvent;

    public EventsView(EventsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        ComboBox<Integer> year = Fx.nullableCombo(years(), Messages.get("events.year.all"), String::valueOf);
        year.setId("events-year");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        TextField search = new TextField();
        search.setId("events-search");
        search.setPromptText(Messages.get("events.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox top = new HBox(8, new Label(Messages.get("statistics.year")), year, search);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        EventKindsPane kinds = new EventKindsPane(vm, owner);
        OutletsPane outlets = new OutletsPane(vm, owner);
        issuesPane = new OutletIssuesPane(vm, owner);
        Tab eventsTab = tab("events.tab.events", events());
        Tab publicationsTab = tab("events.tab.publications", publications());
        Tab outletsTab = tab("events.tab.outlets", outlets.build());
        Tab kindsTab = tab("events.tab.kinds", kinds.build());
        TabPane tabs = new TabPane(eventsTab, publicationsTab, outletsTab, kindsTab);
        // Ctrl+N makes a new record of the tab in view; under the articles, in the issues' table, new issues
        newRecord.put(eventsTab, addEvent::fire);
        newRecord.put(publicationsTab, () -> {
            if (issuesPane.focused()) {
                issuesPane.add();
            } else {
                editPublication(null);
            }
        });
        newRecord.put(outletsTab, outlets::add);
        newRecord.put(kindsTab, kinds::add);
        root.setTop(top);
        root.setCenter(tabs);
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                // after the key event: a dialog opened inside it may be shown before it is laid out
                javafx.application.Platform.runLater(newRecord.getOrDefault(tabs.getSelectionModel().getSelectedItem(), () -> { }));
                e.consume();
            }
        });
        vm.errorProperty().addListener((o, a, b) -> {
            if (b != null) {
                Fx.showError(root, b);
            }
        });
        vm.load();
    }

    private static List<Integer> years() {
        int last = Math.max(LocalDate.now().getYear(), 2018);
        List<Integer> out = new java.util.ArrayList<>();
        for (int y = last; y >= 2010; y--) {
            out.add(y);
        }
        return out;
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }

    static <S, T> TableColumn<S, T> column(String key, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node events() {
        TableView<EventRow> table = new TableView<>(vm.events());
        table.setId("events-table");
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().add(column("events.column.dates", EventsView::dates, 170));
        table.getColumns().add(column("field.event.title", EventRow::title, 460));
        table.getColumns().add(column("field.event.kindId", EventRow::kind, 130));
        table.getColumns().add(column("field.event.level", r -> r.level().displayName(), 130));
        table.getColumns().add(column("field.event.format", r -> r.format().displayName(), 110));
        table.getColumns().add(column("field.event.host", EventRow::host, 170));
        TableColumn<EventRow, Integer> participants = column("field.event.participantsTotal", EventRow::participants, 120);
        table.getColumns().add(participants);
        table.getColumns().add(column("events.column.list", r -> r.namedList() ? Messages.get("events.list.yes") : "", 90));
        Runnable select = () -> {
            Long id = vm.focusedProperty().get();
            if (id != null) {
                table.getItems().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                    table.requestFocus();
                    vm.focusedProperty().set(null);
                });
            }
        };
        vm.focusedProperty().addListener((o, a, b) -> select.run());
        table.getItems().addListener((javafx.collections.ListChangeListener<EventRow>) c -> select.run());
        Button add = new Button(Messages.get("events.action.add"));
        add.setId("events-add");
        add.setOnAction(e -> edit(null));
        Button edit = new Button(Messages.get("events.action.edit"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button people = new Button(Messages.get("events.action.participants"));
        people.setId("events-participants");
        people.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        people.setOnAction(e -> {
            EventRow r = table.getSelectionModel().getSelectedItem();
            new ParticipantsDialog(vm, r).show(owner.get());
            vm.reload();
        });
        Button delete = new Button(Messages.get("button.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            EventRow r = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(owner.get(), Messages.get("events.delete.confirm", r.title()), Messages.get("button.delete"))) {
                vm.deleteEvent(r);
            }
        });
        table.setRowFactory(t -> {
            TableRow<EventRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !edit.isDisabled()) {
                edit.fire();
            } else if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
                delete.fire();
            }
        });
        addEvent = add;
        HBox bar = new HBox(8, add, edit, people, delete);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        return pane;
    }

    static String dates(EventRow r) {
        return r.endDate() == null || r.endDate().equals(r.startDate()) ? Dates.format(r.startDate())
                : Dates.format(r.startDate()) + " – " + Dates.format(r.endDate());
    }

    private void edit(EventRow row) {
        Event e = row == null ? null : vm.services().events().event(row.id()).orElse(null);
        TextField title = new TextField(e == null ? "" : e.title());
        title.setId("event-title");
        title.setPrefColumnCount(40);
        ComboBox<EventKind> kind = Fx.combo(vm.kinds(), EventKind::name);
        kind.setId("event-kind");
        ComboBox<EventLevel> level = Fx.combo(List.of(EventLevel.values()), EventLevel::displayName);
        ComboBox<EventFormat> format = Fx.combo(List.of(EventFormat.values()), EventFormat::displayName);
        var start = Fx.datePicker();
        start.setId("event-start");
        var end = Fx.datePicker();
        ComboBox<Organization> host = Fx.searchableNullableCombo(vm.organizations(), Messages.get("events.host.none"),
                Organization::shortName);
        TextField organizer = new TextField(e == null ? "" : nz(e.organizer()));
        TextField total = new TextField(e == null || e.participantsTotal() == null ? "" : String.valueOf(e.participantsTotal()));
        total.setId("event-total");
        TextArea description = new TextArea(e == null ? "" : nz(e.description()));
        description.setPrefRowCount(3);
        description.setWrapText(true);
        TextField link = new TextField(e == null ? "" : nz(e.link()));
        // the network whose work the event is, and the roadmap activities it carried out (set from the roadmap)
        RoadmapEvents links = new RoadmapEvents(vm.services().database().dsl());
        List<NetworkSummary> networks = vm.services().networks().list();
        ComboBox<NetworkSummary> network = Fx.searchableNullableCombo(networks, Messages.get("events.network.none"),
                NetworkSummary::name);
        network.setId("event-network");
        Label carried = new Label();
        carried.setWrapText(true);
        carried.setMaxWidth(520);
        carried.getStyleClass().add("hint");
        if (e != null) {
            Long networkId = links.networkOf(e.id());
            network.setValue(networks.stream().filter(n -> networkId != null && n.id() == networkId).findFirst().orElse(null));
            List<RoadmapEvents.CarriedItem> items = links.carriedOutBy(e.id());
            carried.setText(items.isEmpty() ? Messages.get("events.roadmap.none") : String.join("\n", items.stream()
                    .map(i -> Messages.get("events.roadmap.item", i.networkName(), i.activity())).toList()));
        } else {
            carried.setText(Messages.get("events.roadmap.none"));
        }
        if (e != null) {
            kind.setValue(vm.kinds().stream().filter(k -> k.id().equals(e.kindId())).findFirst().orElse(null));
            level.setValue(e.level());
            format.setValue(e.format());
            start.setValue(e.startDate());
            end.setValue(e.endDate());
            host.setValue(vm.organizations().stream().filter(o -> o.id().equals(e.hostOrganizationId())).findFirst().orElse(null));
        } else {
            level.setValue(EventLevel.MUNICIPAL);
            format.setValue(EventFormat.IN_PERSON);
        }
        new EditDialog().field("field.event.title", title).field("field.event.kindId", kind).field("field.event.level", level)
                .field("field.event.format", format).field("field.event.startDate", start).field("field.event.endDate", end)
                .field("field.event.host", host).field("field.event.organizer", organizer)
                .field("field.event.participantsTotal", total).field("field.event.description", description)
                .field("field.event.link", link).field("field.event.network", network)
                .field("field.event.roadmap", carried)
                .show(owner.get(), Messages.get(e == null ? "events.dialog.new" : "events.dialog.edit"), "event", () -> {
                    Event saved = vm.services().events().save(new Event(e == null ? null : e.id(), title.getText(),
                            kind.getValue() == null ? null : kind.getValue().id(), level.getValue(), format.getValue(),
                            start.getValue(), end.getValue(), host.getValue() == null ? null : host.getValue().id(),
                            organizer.getText(), description.getText(), link.getText(), integer(total, "field.event.participantsTotal"),
                            e == null ? 0 : e.version()));
                    Long chosen = network.getValue() == null ? null : network.getValue().id();
                    if (!java.util.Objects.equals(chosen, e == null ? null : links.networkOf(saved.id()))) {
                        links.setNetwork(saved.id(), chosen);
                    }
                    vm.reload();
                    return saved;
                });
    }

    public static Integer integer(TextField f, String labelKey) {
        String s = f.getText() == null ? "" : f.getText().replaceAll("[\\s\u00a0]", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException ex) {
            throw new ValidationException("count", "validation.integer", Messages.get(labelKey));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private Node publications() {
        TableView<Publication> table = new TableView<>(vm.publications());
        table.setId("publications-table");
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().add(column("field.publication.date", p -> Dates.format(p.date()), 100));
        table.getColumns().add(column("field.publication.outletId", p -> vm.outletName(p.outletId()), 200));
        table.getColumns().add(column("field.publication.issue", Publication::issue, 90));
        table.getColumns().add(column("field.publication.title", Publication::title, 420));
        table.getColumns().add(column("field.publication.authors", Publication::authors, 200));
        table.getColumns().add(column("field.publication.section", Publication::section, 140));
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.size(vm.publications()).asString(Messages.get("publications.count")));
        Button add = new Button(Messages.get("publications.action.add"));
        add.setOnAction(e -> editPublication(null));
        Button edit = new Button(Messages.get("events.action.edit"));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editPublication(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(Messages.get("button.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            Publication p = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(owner.get(), Messages.get("publications.delete.confirm", p.title()), Messages.get("button.delete"))) {
                vm.deletePublication(p);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !edit.isDisabled()) {
                edit.fire();
            } else if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
                delete.fire();
            }
        });
        HBox bar = new HBox(8, add, edit, delete, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(pane, issuesPane.build());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return split;
    }

    private void editPublication(Publication p) {
        ComboBox<Outlet> outlet = Fx.combo(vm.outlets(), Outlet::name);
        outlet.setEditable(false);
        TextField issue = new TextField(p == null ? "" : nz(p.issue()));
        var date = Fx.datePicker();
        TextField title = new TextField(p == null ? "" : p.title());
        title.setPrefColumnCount(40);
        TextField authors = new TextField(p == null ? "" : nz(p.authors()));
        TextField section = new TextField(p == null ? "" : nz(p.section()));
        if (p != null) {
            outlet.setValue(vm.outlets().stream().filter(o -> o.id().equals(p.outletId())).findFirst().orElse(null));
            date.setValue(p.date());
        } else if (!vm.outlets().isEmpty()) {
            outlet.setValue(vm.outlets().get(0));
        }
        new EditDialog().field("field.publication.outletId", outlet).field("field.publication.issue", issue)
                .field("field.publication.date", date).field("field.publication.title", title)
                .field("field.publication.authors", authors).field("field.publication.section", section)
                .show(owner.get(), Messages.get("publications.dialog"), "publication", () -> {
                    Publication saved = vm.services().publications().save(new Publication(p == null ? null : p.id(),
                            outlet.getValue() == null ? null : outlet.getValue().id(), issue.getText(), date.getValue(),
                            title.getText(), authors.getText(), section.getText(), p == null ? 0 : p.version()));
                    vm.reload();
                    return saved;
                });
    }

    public EventsViewModel viewModel() {
        return vm;
    }

    public Node root() {
        return root;
    }
}
