package ru.knmc.innonet.statistics;

import java.io.File;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Fx;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.EditDialog;

/**
 * «Статистика»: the charts (list on the left, the chart with its year and resource, save as PNG, copy, data to
 * Excel), the stored visit figures with import and manual entry, and the target indicators with their sources.
 */
public final class StatisticsView {
    private final StatisticsViewModel vm;
    private final Supplier<Window> owner;
    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = new ChartViewer();
    private final TabPane tabs;

    public StatisticsView(StatisticsViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
        tabs = new TabPane(tab("statistics.tab.charts", charts()), tab("statistics.tab.visits", visits()),
                tab("statistics.tab.indicators", new IndicatorsPane(vm, owner).build()),
                tab("statistics.tab.organizations", new OrganizationFiguresPane(vm, owner).build()));
        tabs.setId("statistics-tabs");
        root.setCenter(tabs);
        vm.errorProperty().addListener((o, a, b) -> {
            if (b != null) {
                Fx.showError(root, b);
            }
        });
        vm.load();
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setClosable(false);
        return t;
    }

    private Node charts() {
        ListView<ChartKind> list = new ListView<>();
        list.setId("chart-list");
        list.getItems().setAll(StatisticsViewModel.charts());
        list.getSelectionModel().select(vm.kindProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.kindProperty().set(b);
            }
        });
        list.setPrefWidth(340);
        list.setMinWidth(340);
        // Long titles wrap in the list instead of running under its edge; the full title is also the tooltip.
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ChartKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.title()));
            }
        });
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("chart-year");
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<WebResource> resource = Fx.nullableCombo(vm.resources(), Messages.get("chart.resource.all"), WebResource::name);
        resource.setId("chart-resource");
        resource.valueProperty().bindBidirectional(vm.resourceProperty());
        ComboBox<Integer> span = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList()));
        span.setId("chart-years");
        span.valueProperty().bindBidirectional(vm.spanProperty());
        ComboBox<Segment> segment = Fx.combo(java.util.List.of(Segment.values()), Segment::displayName);
        segment.setId("chart-segment");
        segment.valueProperty().bindBidirectional(vm.segmentProperty());
        ComboBox<ru.knmc.innonet.registry.Municipality> municipality = Fx.nullableCombo(vm.municipalities(),
                Messages.get("chart.municipality.all"), ru.knmc.innonet.registry.Municipality::name);
        municipality.setId("chart-municipality");
        municipality.valueProperty().bindBidirectional(vm.municipalityProperty());
        ComboBox<ru.knmc.innonet.event.Outlet> outlet = Fx.nullableCombo(vm.outlets(), Messages.get("chart.outlet.all"),
                ru.knmc.innonet.event.Outlet::name);
        outlet.setId("chart-outlet");
        outlet.valueProperty().bindBidirectional(vm.outletProperty());
        Label yearLabel = new Label(Messages.get("statistics.year"));
        yearLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox yearBox = new HBox(8, yearLabel, year);
        yearBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        yearBox.setId("chart-year-box");
        // a custom range of months has no use for the year: it would only confuse
        Runnable showYear = () -> {
            boolean custom = vm.uses(ChartFilter.PERIOD)
                    && vm.period().choiceProperty().get() == ChartPeriodModel.Choice.CUSTOM;
            yearBox.setVisible(!custom);
            yearBox.setManaged(!custom);
        };
        vm.kindProperty().addListener((o, a, b) -> showYear.run());
        vm.period().choiceProperty().addListener((o, a, b) -> showYear.run());
        showYear.run();
        ChartPeriodBar period = new ChartPeriodBar(vm.period(), vm.years());
        // the filters wrap onto a second line on a narrow window instead of squeezing their drop-downs to «20…»
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 6, yearBox,
                filter(ChartFilter.PERIOD, "statistics.period", period.controls()),
                filter(ChartFilter.YEARS, "statistics.years", span), filter(ChartFilter.RESOURCE, "statistics.resource", resource),
                filter(ChartFilter.SEGMENT, "statistics.segment", segment),
                filter(ChartFilter.MUNICIPALITY, "statistics.municipality", municipality),
                filter(ChartFilter.OUTLET, "statistics.outlet", outlet));
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Button png = new Button(Messages.get("statistics.action.png"));
        png.setId("chart-png");
        png.setOnAction(e -> saveImage("png"));
        Button svg = new Button(Messages.get("statistics.action.svg"));
        svg.setId("chart-svg");
        svg.setOnAction(e -> saveImage("svg"));
        Button copy = new Button(Messages.get("statistics.action.copy"));
        copy.setId("chart-copy");
        copy.setOnAction(e -> copy());
        Button excel = new Button(Messages.get("statistics.action.excel"));
        excel.setId("chart-excel");
        excel.setOnAction(e -> exportData());
        for (Button b : new Button[] {png, svg, copy, excel}) {
            b.disableProperty().bind(vm.dataProperty().isNull());
        }
        HBox actions = new HBox(8, png, svg, copy, excel);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // filters above, actions below: together they do not fit the width of an office screen
        javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(6, filters, period.error(), actions);
        bar.setPadding(new Insets(8));
        viewer.setId("chart-viewer");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        busy.visibleProperty().bind(vm.busyProperty());
        StackPane center = new StackPane(viewer, busy);
        // no data: a broken period, whose message is under its fields; the last chart would mislead
        vm.dataProperty().addListener((o, a, d) -> {
            viewer.setVisible(d != null);
            if (d != null) {
                viewer.setChart(ChartRenderer.chart(d));
            }
        });
        BorderPane pane = new BorderPane(center);
        pane.setTop(bar);
        pane.setLeft(list);
        return pane;
    }

    /** A filter's label and control, shown only while the chosen chart uses that filter. */
    private HBox filter(ChartFilter f, String labelKey, Node control) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, label, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setId("filter-" + f.name().toLowerCase(java.util.Locale.ROOT));
        Runnable show = () -> {
            box.setVisible(vm.uses(f));
            box.setManaged(vm.uses(f));
        };
        vm.kindProperty().addListener((o, a, b) -> show.run());
        show.run();
        return box;
    }

    private File choose(String titleKey, String filterKey, String ext, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), "*." + ext));
        chooser.setInitialFileName(name + "." + ext);
        return chooser.showSaveDialog(owner.get());
    }

    private String fileName() {
        return vm.fileName();
    }

    private void saveImage(String ext) {
        File f = choose("statistics.png.title", "file." + ext, ext, fileName());
        if (f != null) {
            vm.saveImage(f.toPath(), p -> Dialogs.info(owner.get(), Messages.get("statistics.saved", p)),
                    t -> Dialogs.error(owner.get(), t));
        }
    }

    private void exportData() {
        File f = choose("statistics.excel.title", "file.xlsx", "xlsx", fileName());
        if (f != null) {
            vm.exportData(f.toPath(), p -> Dialogs.info(owner.get(), Messages.get("statistics.saved", p)),
                    t -> Dialogs.error(owner.get(), t));
        }
    }

    private void copy() {
        ChartData d = vm.dataProperty().get();
        ClipboardContent c = new ClipboardContent();
        c.putImage(SwingFXUtils.toFXImage(ChartRenderer.image(d, ChartRenderer.WIDTH, ChartRenderer.HEIGHT), null));
        Clipboard.getSystemClipboard().setContent(c);
    }

    static <S, T> TableColumn<S, T> column(String key, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Node visits() {
        TableView<VisitStat> table = new TableView<>(vm.stats());
        table.setId("visit-table");
        table.setPlaceholder(new Label(Messages.get("table.empty")));
        table.getColumns().add(column("visits.column.period", s -> Dates.format(s.start()) + " — " + Dates.format(s.end()), 190));
        table.getColumns().add(column("visits.column.resource", s -> vm.resources().stream()
                .filter(r -> r.id() == s.resourceId()).map(WebResource::name).findFirst().orElse(""), 220));
        table.getColumns().add(column("visits.column.segment", s -> s.segment().displayName(), 180));
        table.getColumns().add(column("field.visitStat.visitors", s -> count(s.figures().visitors()), 100));
        table.getColumns().add(column("field.visitStat.newVisitors", s -> count(s.figures().newVisitors()), 120));
        table.getColumns().add(column("field.visitStat.visits", s -> count(s.figures().visits()), 90));
        table.getColumns().add(column("field.visitStat.pageViews", s -> count(s.figures().pageViews()), 100));
        table.getColumns().add(column("visits.column.source", s -> s.source().displayName()
                + (s.sourceFile() == null ? "" : " · " + s.sourceFile()), 300));
        Button importButton = new Button(Messages.get("visits.action.import"));
        importButton.setId("visits-import");
        importButton.setOnAction(e -> {
            VisitImportViewModel ivm = new VisitImportViewModel(vm.services().visits(), vm.background());
            ivm.resourceProperty().set(vm.resourceProperty().get() != null ? vm.resourceProperty().get()
                    : vm.resources().isEmpty() ? null : vm.resources().get(0));
            if (new VisitImportDialog(ivm, vm.resources()).show(owner.get())) {
                vm.refresh();
            }
        });
        Button manual = new Button(Messages.get("visits.action.manual"));
        manual.setId("visits-manual");
        manual.setOnAction(e -> manualEntry());
        Button delete = new Button(Messages.get("button.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            VisitStat s = table.getSelectionModel().getSelectedItem();
            if (Dialogs.confirm(owner.get(), Messages.get("visits.delete.confirm", Dates.format(s.start()), Dates.format(s.end())),
                    Messages.get("button.delete"))) {
                vm.deleteStat(s);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
                delete.fire();
            }
        });
        HBox bar = new HBox(8, importButton, manual, delete);
        bar.setPadding(new Insets(8));
        BorderPane pane = new BorderPane(table);
        pane.setTop(bar);
        return pane;
    }

    private void manualEntry() {
        ComboBox<WebResource> resource = Fx.combo(vm.resources(), WebResource::name);
        resource.setValue(vm.resourceProperty().get() != null ? vm.resourceProperty().get()
                : vm.resources().isEmpty() ? null : vm.resources().get(0));
        ComboBox<Segment> segment = Fx.combo(java.util.List.of(Segment.values()), Segment::displayName);
        segment.setValue(Segment.ALL);
        var start = Fx.datePicker();
        var end = Fx.datePicker();
        Integer y = vm.yearProperty().get();
        if (y != null) {
            start.setValue(java.time.LocalDate.of(y, 1, 1));
            end.setValue(java.time.LocalDate.of(y, 12, 31));
        }
        TextField visitors = new TextField();
        TextField newVisitors = new TextField();
        TextField visitsField = new TextField();
        TextField views = new TextField();
        visitors.setId("manual-visitors");
        new EditDialog().field("field.webResource.name", resource).field("visits.column.segment", segment)
                .field("field.visitStat.start", start).field("field.visitStat.end", end)
                .field("field.visitStat.visitors", visitors).field("field.visitStat.newVisitors", newVisitors)
                .field("field.visitStat.visits", visitsField).field("field.visitStat.pageViews", views)
                .show(owner.get(), Messages.get("visits.manual.title"), "manual", () -> {
                    WebResource r = resource.getValue();
                    if (r == null) {
                        throw new ValidationException("resource", "validation.required", Messages.get("field.webResource.name"));
                    }
                    VisitStat saved = vm.services().visits().saveManual(new VisitStat(null, r.id(), start.getValue(), end.getValue(),
                            segment.getValue(), VisitFigures.of(count(visitors, "visitors"), count(newVisitors, "newVisitors"),
                            count(visitsField, "visits"), count(views, "pageViews")), VisitSource.MANUAL, null, true, 0));
                    vm.refresh();
                    return saved;
                });
    }

    private static String count(Integer n) {
        return n == null ? "" : ChartRenderer.numberFormat().format(n);
    }

    private static Integer count(TextField f, String field) {
        String s = f.getText() == null ? "" : f.getText().replaceAll("[\\s\u00a0]", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "validation.integer", Messages.get("field.visitStat." + field));
        }
    }

    static String number(BigDecimal v) {
        return ChartRenderer.numberFormat().format(v);
    }

    /**
     * Opens a place of the section as a start-page reminder names it: the visit figures of a resource, or the
     * indicators of a year.
     */
    public void show(String place, Long targetId, java.time.LocalDate date) {
        if (StatisticsReminders.VISITS_TAB.equals(place)) {
            tabs.getSelectionModel().select(1);
            Runnable pick = () -> vm.resources().stream().filter(r -> r.id().equals(targetId)).findFirst()
                    .ifPresent(vm.resourceProperty()::set);
            if (vm.resources().isEmpty()) {
                vm.resources().addListener(new javafx.collections.ListChangeListener<WebResource>() {
                    @Override
                    public void onChanged(Change<? extends WebResource> c) {
                        vm.resources().removeListener(this);
                        pick.run();
                    }
                });
            } else {
                pick.run();
            }
        } else if (StatisticsReminders.INDICATORS_TAB.equals(place)) {
            tabs.getSelectionModel().select(2);
            if (date != null) {
                vm.yearProperty().set(date.getYear());
            }
        }
    }

    public Node root() {
        return root;
    }

    public StatisticsViewModel viewModel() {
        return vm;
    }
}
