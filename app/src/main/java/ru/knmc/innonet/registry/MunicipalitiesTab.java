package ru.knmc.innonet.registry;

import ru.knmc.innonet.app.Fx;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import ru.knmc.innonet.common.Messages;

/**
 * «Муниципальные образования»: the municipalities, and under them the selected one's totals per calendar
 * year and type in a grid of fields; a field saves on Enter or when the focus leaves it.
 */
final class MunicipalitiesTab extends ReferenceTab<Municipality> {
    private final MunicipalitiesViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label gridTitle = new Label();

    MunicipalitiesTab(MunicipalitiesViewModel vm) {
        super("reference.tab.municipalities", "municipalities-table", "reference.municipalities.empty");
        this.vm = vm;
        table.getColumns().add(ReferenceTables.column("field.municipality.name", 360, Municipality::name));
        table.getColumns().add(ReferenceTables.column("field.municipality.region", 300, Municipality::region));
        showItems(vm.municipalities());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> vm.selectedProperty().set(m));
        var edit = rowButton("reference.action.edit", "municipalities-edit", "Enter", this::edit);
        Node bar = ReferenceTables.toolbar(new Node[0],
                ReferenceTables.button("reference.action.add", "municipalities-add", "Ctrl+N", this::add), edit);

        VBox pane = new VBox(bar, table, totalsPane());
        VBox.setVgrow(table, Priority.ALWAYS);
        tab.setContent(pane);
        vm.years().addListener((ListChangeListener<Integer>) c -> rebuildGrid());
        vm.selectedProperty().addListener((o, a, m) -> rebuildGrid());
        showErrors(vm.errorProperty());
        // show a municipality's totals from the start rather than an empty grid
        vm.municipalities().addListener((ListChangeListener<Municipality>) c -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                String home = Messages.get("default.municipality");
                table.getSelectionModel().select(table.getItems().stream().filter(m -> m.name().equals(home))
                        .findFirst().orElse(table.getItems().get(0)));
            }
        });
        rebuildGrid();
        vm.load();
    }

    private Node totalsPane() {
        gridTitle.getStyleClass().add("card-title");
        grid.setId("totals-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        // equal columns for the three types, so the figures line up under their headers
        grid.getColumnConstraints().add(new ColumnConstraints(70));
        for (int c = 0; c < MunicipalitiesViewModel.TYPES.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints(230);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(170);
        scroll.setMinViewportHeight(110);
        TextField year = new TextField();
        year.setId("totals-new-year");
        year.setPrefColumnCount(5);
        Button addYear = new Button(Messages.get("reference.totals.addYear"));
        addYear.setId("totals-add-year");
        Runnable add = () -> {
            if (vm.addYear(year.getText())) {
                year.setText(String.valueOf(vm.suggestedYear()));
            }
        };
        addYear.setOnAction(e -> add.run());
        year.setOnAction(e -> add.run());
        vm.years().addListener((ListChangeListener<Integer>) c -> year.setText(String.valueOf(vm.suggestedYear())));
        year.setText(String.valueOf(vm.suggestedYear()));
        Label yearLabel = new Label(Messages.get("field.municipality.year"));
        yearLabel.setLabelFor(year);
        HBox yearRow = new HBox(8, yearLabel, year, addYear);
        yearRow.setAlignment(Pos.CENTER_LEFT);
        yearRow.disableProperty().bind(vm.selectedProperty().isNull());
        Label message = new Label();
        message.setId("totals-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(vm.totalsMessageProperty());
        Label hint = new Label(Messages.get("reference.totals.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, gridTitle, hint, scroll, yearRow, message);
        box.setPadding(new Insets(8, 10, 10, 10));
        return box;
    }

    /** One row per year, one column per type; rebuilt when the municipality or its years change. */
    private void rebuildGrid() {
        grid.getChildren().clear();
        Municipality m = vm.selectedProperty().get();
        gridTitle.setText(m == null ? Messages.get("reference.totals.choose")
                : Messages.get("reference.totals.title", m.name()));
        if (m == null) {
            return;
        }
        grid.add(header(Messages.get("field.municipality.year")), 0, 0);
        for (int c = 0; c < MunicipalitiesViewModel.TYPES.size(); c++) {
            grid.add(header(MunicipalitiesViewModel.TYPES.get(c).displayName()), c + 1, 0);
        }
        int row = 1;
        for (int year : vm.years()) {
            Label y = new Label(String.valueOf(year));
            y.getStyleClass().add("matrix-year");
            y.setMaxWidth(Double.MAX_VALUE);
            y.setMaxHeight(Double.MAX_VALUE);
            grid.add(y, 0, row);
            for (int c = 0; c < MunicipalitiesViewModel.TYPES.size(); c++) {
                grid.add(cell(year, MunicipalitiesViewModel.TYPES.get(c)), c + 1, row);
            }
            row++;
        }
        if (vm.years().isEmpty()) {
            Label none = new Label(Messages.get("reference.totals.none"));
            none.getStyleClass().add("hint");
            none.setPadding(new Insets(6));
            grid.add(none, 0, 1, MunicipalitiesViewModel.TYPES.size() + 1, 1);
        }
    }

    private TextField cell(int year, OrgType type) {
        Integer value = vm.total(year, type);
        Municipality owner = vm.selectedProperty().get();
        TextField f = new TextField(value == null ? "" : String.valueOf(value));
        f.setId("total-" + year + "-" + type.name());
        f.setMaxWidth(Double.MAX_VALUE);
        f.setAlignment(Pos.CENTER_RIGHT);
        Runnable commit = () -> {
            if (vm.selectedProperty().get() != owner) {
                return; // the grid is being rebuilt for another municipality
            }
            Integer saved = vm.total(year, type);
            String shown = saved == null ? "" : String.valueOf(saved);
            // a refused text stays, marked, so the user can correct it
            Fx.markInvalid(f, !f.getText().strip().equals(shown) && !vm.saveTotal(year, type, f.getText()));
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        return f;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-header");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    @Override
    void add() {
        open(null);
    }

    @Override
    void edit() {
        Municipality m = table.getSelectionModel().getSelectedItem();
        if (m != null) {
            open(m);
        }
    }

    private void open(Municipality existing) {
        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("municipality-name");
        name.setPrefColumnCount(30);
        TextField region = new TextField(existing == null ? vm.suggestedRegion() : existing.region());
        region.setId("municipality-region");
        region.setPrefColumnCount(30);
        new EditDialog()
                .field("field.municipality.name", name)
                .field("field.municipality.region", region)
                .show(table.getScene() == null ? null : table.getScene().getWindow(),
                        Messages.get(existing == null ? "reference.municipalities.new" : "reference.municipalities.edit"),
                        "municipality", () -> vm.save(existing, name.getText(), region.getText()))
                .ifPresent(saved -> table.getSelectionModel().select(saved));
        table.requestFocus();
    }
}
