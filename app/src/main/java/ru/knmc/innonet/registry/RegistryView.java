package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;

/** The registry table with its search and filters. Ctrl+F search, Ctrl+N new, Enter opens, F5 reloads. */
public final class RegistryView {
    private final RegistryViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<RegistryEntry> table = new TableView<>();
    private final TextField search = TextFields.createClearableTextField();
    private final Consumer<Long> openOrganization;
    private final HBox actions = new HBox(8);

    /** @param openOrganization opens the card of an organization; null id means a new one */
    public RegistryView(RegistryViewModel vm, Consumer<Long> openOrganization) {
        this.vm = vm;
        this.openOrganization = openOrganization;
        root.setTop(buildFilters());
        root.setCenter(buildTable());
        Label count = new Label();
        count.setId("registry-row-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(vm.rowCountProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        HBox bottom = new HBox(8, count, busy);
        bottom.setPadding(new Insets(0, 0, 0, 0));
        root.setBottom(bottom);
        vm.errorProperty().addListener((o, a, text) -> {
            if (text != null) {
                Fx.showError(root, text);
            }
        });
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (root.isVisible() && root.getParent() != null) {
                        search.requestFocus();
                        search.selectAll();
                    }
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        () -> {
                            if (root.getParent() != null) {
                                openOrganization.accept(null);
                            }
                        });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::reload);
            }
        });
        vm.reload();
    }

    private Node buildFilters() {
        Label title = new Label(Messages.get("registry.title"));
        title.getStyleClass().add("section-title");
        search.setId("registry-search");
        search.setPromptText(Messages.get("registry.search.prompt"));
        search.setPrefColumnCount(24);
        search.setMinWidth(220);
        HBox.setHgrow(search, Priority.SOMETIMES);
        title.setMinWidth(Region.USE_PREF_SIZE);
        search.setTooltip(new Tooltip(Messages.get("registry.search.tooltip")));
        search.textProperty().bindBidirectional(vm.searchProperty());

        ComboBox<OrgType> type = Fx.nullableCombo(List.of(OrgType.values()), Messages.get("registry.filter.anyType"), OrgType::displayName);
        type.setId("registry-type");
        type.valueProperty().bindBidirectional(vm.typeProperty());
        ComboBox<Municipality> municipality = Fx.nullableCombo(vm.municipalities(), Messages.get("registry.filter.anyMunicipality"), Municipality::name);
        municipality.setId("registry-municipality");
        municipality.valueProperty().bindBidirectional(vm.municipalityProperty());
        ComboBox<StatusKind> kind = Fx.nullableCombo(vm.statusKinds(), Messages.get("registry.filter.anyStatus"), StatusKind::shortName);
        kind.setId("registry-status");
        kind.valueProperty().bindBidirectional(vm.statusKindProperty());
        ComboBox<Direction> direction = Fx.nullableCombo(vm.directions(), Messages.get("registry.filter.anyDirection"),
                d -> d.academicYear() + ": " + d.title());
        direction.setId("registry-direction");
        direction.setPrefWidth(260);
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        CheckBox activeOn = new CheckBox(Messages.get("registry.filter.activeOnLabel"));
        activeOn.setId("registry-active-on");
        activeOn.selectedProperty().bindBidirectional(vm.activeOnEnabledProperty());
        DatePicker date = Fx.datePicker();
        date.setId("registry-active-date");
        date.valueProperty().bindBidirectional(vm.activeOnProperty());
        date.disableProperty().bind(activeOn.selectedProperty().not());
        CheckBox archived = new CheckBox(Messages.get("registry.filter.archived"));
        archived.selectedProperty().bindBidirectional(vm.includeArchivedProperty());
        Button clear = new Button(Messages.get("registry.filter.clear"));
        clear.setOnAction(e -> vm.clearFilters());

        Button create = new Button(Messages.get("registry.action.new"));
        create.setId("registry-new");
        create.setTooltip(new Tooltip("Ctrl+N"));
        create.setOnAction(e -> openOrganization.accept(null));
        Button open = new Button(Messages.get("registry.action.open"));
        open.setTooltip(new Tooltip("Enter"));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        create.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        actions.getChildren().addAll(create, open);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(12, title, search, spacer, actions);
        head.getStyleClass().add("toolbar-row");
        FlowPane filters = new FlowPane(8, 6, type, municipality, kind, direction, activeOn, date, archived, clear);
        filters.setPadding(new Insets(0, 10, 6, 10));
        return new VBox(head, filters);
    }

    /** Adds a button to the toolbar (import and export are wired by the composition root). */
    public void addAction(Button button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        actions.getChildren().add(button);
    }

    private Node buildTable() {
        table.setId("registry-table");
        table.setTableMenuButtonVisible(true);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then(Messages.get("registry.loading")).otherwise(Messages.get("registry.empty")));
        table.setPlaceholder(placeholder);
        for (RegistryColumn c : RegistryColumn.values()) {
            TableColumn<RegistryEntry, Object> col = new TableColumn<>(c.title());
            col.setUserData(c);
            col.setVisible(c.shownByDefault());
            col.setCellValueFactory(cd -> new SimpleObjectProperty<>(c.value(cd.getValue(), vm.statusDate())));
            col.setComparator(Comparator.nullsLast(RegistryView::compareCells));
            col.setCellFactory(tc -> new TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    String text = empty || item == null ? null : item instanceof LocalDate d ? Dates.format(d) : item.toString();
                    setText(text);
                    // long topics and names are cut in the cell: the whole text on hover
                    setTooltip(text != null && text.length() > 25 ? new Tooltip(text) : null);
                }
            });
            col.setPrefWidth(switch (c) {
                case SHORT_NAME -> 260;
                case PROJECT_TOPIC, FULL_NAME, DIRECTION -> 320;
                case SUPERVISOR, HEAD, ADDRESS, ORDER -> 200;
                case NUMBER -> 55;
                case STATUSES -> 110;
                default -> 130;
            });
            table.getColumns().add(col);
        }
        SortedList<RegistryEntry> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        vm.activeOnProperty().addListener((o, a, b) -> table.refresh());
        vm.activeOnEnabledProperty().addListener((o, a, b) -> table.refresh());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<RegistryEntry>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openOrganization.accept(row.getItem().organization().id());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareCells(Object a, Object b) {
        if (a.getClass() == b.getClass() && a instanceof Comparable) {
            return a instanceof String s ? Messages.collator().compare(s, (String) b) : ((Comparable) a).compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    private void openSelected() {
        RegistryEntry e = table.getSelectionModel().getSelectedItem();
        if (e != null) {
            openOrganization.accept(e.organization().id());
        }
    }

    /**
     * Restores the columns the user chose and arranged last time, and remembers every change:
     * {@code registry.columns} lists the visible columns in their order.
     */
    public void rememberColumns(ru.knmc.innonet.app.UiState state) {
        state.get(COLUMNS_KEY).ifPresent(this::applyColumns);
        Runnable save = () -> state.put(COLUMNS_KEY, String.join(",",
                visibleColumns().stream().map(RegistryColumn::name).toList()));
        table.getColumns().addListener((javafx.collections.ListChangeListener<TableColumn<RegistryEntry, ?>>) c -> save.run());
        table.getColumns().forEach(c -> c.visibleProperty().addListener((o, a, b) -> save.run()));
    }

    private static final String COLUMNS_KEY = "registry.columns";

    private void applyColumns(String saved) {
        List<RegistryColumn> shown = new java.util.ArrayList<>();
        for (String name : saved.split(",")) {
            try {
                shown.add(RegistryColumn.valueOf(name.strip()));
            } catch (IllegalArgumentException unknown) {
                // a column of another version of the program: ignore it
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        List<TableColumn<RegistryEntry, ?>> ordered = new java.util.ArrayList<>();
        for (RegistryColumn c : shown) {
            table.getColumns().stream().filter(col -> col.getUserData() == c).findFirst().ifPresent(ordered::add);
        }
        table.getColumns().stream().filter(col -> !ordered.contains(col)).forEach(ordered::add);
        ordered.forEach(col -> col.setVisible(shown.contains((RegistryColumn) col.getUserData())));
        table.getColumns().setAll(ordered);
    }

    /** The visible columns in the order the user arranged them. */
    public List<RegistryColumn> visibleColumns() {
        return table.getVisibleLeafColumns().stream().map(c -> (RegistryColumn) c.getUserData()).toList();
    }

    /** The rows as shown: filtered and sorted. */
    public List<RegistryEntry> shownRows() {
        return List.copyOf(table.getItems());
    }

    public TableView<RegistryEntry> table() {
        return table;
    }

    public Node root() {
        return root;
    }

    public RegistryViewModel viewModel() {
        return vm;
    }
}
