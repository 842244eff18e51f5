package ru.knmc.innonet.statistics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.registry.Municipality;

/**
 * The statistics screen: the chosen chart, year and resource; the chart's data, stored visit figures and the
 * indicators of the year, each built in the background (a superseded build is dropped by its sequence number).
 */
public final class StatisticsViewModel {
    static final int FIRST_YEAR = 2010;
    private final Services services;
    private final Background background;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<WebResource> resources = FXCollections.observableArrayList();
    private final ObservableList<VisitStat> stats = FXCollections.observableArrayList();
    private final ObservableList<IndicatorActual> actuals = FXCollections.observableArrayList();
    private final ObjectProperty<ChartKind> kind = new SimpleObjectProperty<>(ChartKind.VISITS);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<WebResource> resource = new SimpleObjectProperty<>();
    private final ObservableList<Municipality> municipalities = FXCollections.observableArrayList();
    private final ObjectProperty<Municipality> municipality = new SimpleObjectProperty<>();
    private final ObservableList<ru.knmc.innonet.event.Outlet> outlets = FXCollections.observableArrayList();
    private final ObjectProperty<ru.knmc.innonet.event.Outlet> outlet = new SimpleObjectProperty<>();
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(Segment.ALL);
    private final ObjectProperty<Integer> span = new SimpleObjectProperty<>(ChartOptions.DEFAULT_YEARS);
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ChartPeriodModel period = new ChartPeriodModel();
    private ChartOptions shownOptions;
    private long sequence;

    public StatisticsViewModel(Services services, Background background) {
        this.services = services;
        this.background = background;
        kind.addListener((o, a, b) -> rebuild());
        year.addListener((o, a, b) -> {
            rebuild();
            reloadIndicators();
        });
        resource.addListener((o, a, b) -> {
            rebuild();
            reloadStats();
        });
        municipality.addListener((o, a, b) -> rebuild());
        outlet.addListener((o, a, b) -> rebuild());
        segment.addListener((o, a, b) -> rebuild());
        span.addListener((o, a, b) -> rebuild());
        period.onChange(this::rebuild);
    }

    /** Whether the chosen chart uses the filter, so the window shows its control. */
    public boolean uses(ChartFilter f) {
        return kind.get() != null && kind.get().uses(f);
    }

    /**
     * The chart's options from the chosen year, period and filters; a filter the chart does not use is left out.
     * Null when the chart's custom period is broken (the message is under its fields).
     */
    ChartOptions options(ChartKind k, int y) {
        int years = span.get() == null ? ChartOptions.DEFAULT_YEARS : Math.max(1, Math.min(span.get(), ChartOptions.MAX_YEARS));
        MonthPeriod months = null;
        if (k.uses(ChartFilter.PERIOD)) {
            months = period.period(y);
            if (months == null) {
                return null;
            }
        } else {
            period.clearError();
        }
        return new ChartOptions(y, k.uses(ChartFilter.YEARS) ? years : ChartOptions.DEFAULT_YEARS,
                k.uses(ChartFilter.RESOURCE) && resource.get() != null ? resource.get().id() : null,
                k.uses(ChartFilter.MUNICIPALITY) && municipality.get() != null ? municipality.get().id() : null,
                k.uses(ChartFilter.SEGMENT) ? segment.get() : Segment.ALL, months)
                .withOutlet(k.uses(ChartFilter.OUTLET) && outlet.get() != null ? outlet.get().id() : null);
    }

    public void load() {
        background.run(() -> new Choices(services.visits().resources(), services.reference().municipalities()), c -> {
            resources.setAll(c.resources());
            municipalities.setAll(c.municipalities().stream().sorted(java.util.Comparator.comparing(Municipality::name,
                    ru.knmc.innonet.common.Messages.collator())).toList());
            int last = Math.max(LocalDate.now().getYear(), 2018);
            years.clear();
            for (int y = last; y >= FIRST_YEAR; y--) {
                years.add(y);
            }
            if (year.get() == null) {
                period.startCustomRange(2017);
                year.set(2017);
            } else {
                rebuild();
                reloadIndicators();
            }
            reloadStats();
        }, this::fail);
        background.run(() -> services.publications().outlets(), outlets::setAll, this::fail);
    }

    private record Choices(List<WebResource> resources, List<Municipality> municipalities) {
    }

    /** Builds the chosen chart's data off the FX thread; only the newest request's result is shown. */
    public void rebuild() {
        ChartKind k = kind.get();
        Integer y = year.get();
        if (k == null || y == null) {
            return;
        }
        long mine = ++sequence;
        ChartOptions options = options(k, y);
        if (options == null) {
            data.set(null);
            busy.set(false);
            return;
        }
        busy.set(true);
        background.run(() -> services.charts().build(k, options), d -> {
            if (mine == sequence) {
                shownOptions = options;
                data.set(d);
                busy.set(false);
            }
        }, this::fail);
    }

    public void reloadStats() {
        Long id = resource.get() == null ? null : resource.get().id();
        background.run(() -> services.visits().stats(id), stats::setAll, this::fail);
    }

    public void reloadIndicators() {
        Integer y = year.get();
        if (y != null) {
            background.run(() -> services.indicators().actuals(y), actuals::setAll, this::fail);
        }
    }

    /** After an import or an edit: everything on the screen is rebuilt. */
    public void refresh() {
        rebuild();
        reloadStats();
        reloadIndicators();
    }

    /** The offered file name of the chart shown: its name and year, or its months («events-monthly-2017-09_2018-08»). */
    String fileName() {
        ChartData d = data.get();
        if (d == null || shownOptions == null) {
            return kind.get().id() + "-" + year.get();
        }
        MonthPeriod p = shownOptions.period();
        return d.kind().id() + "-" + (d.kind().uses(ChartFilter.PERIOD) && !p.isCalendarYear()
                ? p.from() + "_" + p.to() : String.valueOf(shownOptions.year()));
    }

    /** Saves the chart shown as PNG, or as SVG when the file's name ends with .svg. */
    public void saveImage(Path file, Consumer<Path> done, Consumer<Throwable> failed) {
        ChartData d = data.get();
        background.run(() -> {
            ChartRenderer.save(d, file, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            return file;
        }, done, failed);
    }

    public void exportData(Path file, Consumer<Path> done, Consumer<Throwable> failed) {
        ChartData d = data.get();
        background.run(() -> {
            ChartWorkbook.write(file, d);
            return file;
        }, done, failed);
    }

    public void deleteStat(VisitStat s) {
        background.run(() -> {
            services.visits().delete(s.id());
            return s;
        }, x -> refresh(), this::fail);
    }

    public void saveIndicatorValue(IndicatorActual a, java.math.BigDecimal value, String note) {
        services.indicators().saveValue(a.indicator().id(), a.year(), value, note);
        refresh();
    }

    public void deleteIndicator(Indicator i) {
        background.run(() -> {
            services.indicators().delete(i);
            return i;
        }, x -> refresh(), this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        error.set(Dialogs.describe(t));
    }

    public Services services() {
        return services;
    }

    public Background background() {
        return background;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<WebResource> resources() {
        return resources;
    }

    public ObservableList<VisitStat> stats() {
        return stats;
    }

    public ObservableList<IndicatorActual> actuals() {
        return actuals;
    }

    public ObjectProperty<ChartKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<WebResource> resourceProperty() {
        return resource;
    }

    public ObservableList<Municipality> municipalities() {
        return municipalities;
    }

    /** The outlets the publications chart can be narrowed to. */
    public ObservableList<ru.knmc.innonet.event.Outlet> outlets() {
        return outlets;
    }

    public ObjectProperty<ru.knmc.innonet.event.Outlet> outletProperty() {
        return outlet;
    }

    public ObjectProperty<Municipality> municipalityProperty() {
        return municipality;
    }

    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    /** How many years the charts over years show. */
    public ObjectProperty<Integer> spanProperty() {
        return span;
    }

    /** The period of the charts that have one. */
    public ChartPeriodModel period() {
        return period;
    }

    public ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public static List<ChartKind> charts() {
        return List.of(ChartKind.values());
    }
}
