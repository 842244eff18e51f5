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
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
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
    }

    public void load() {
        background.run(() -> services.visits().resources(), list -> {
            resources.setAll(list);
            int last = Math.max(LocalDate.now().getYear(), 2018);
            years.clear();
            for (int y = last; y >= FIRST_YEAR; y--) {
                years.add(y);
            }
            if (year.get() == null) {
                year.set(2017);
            } else {
                rebuild();
                reloadIndicators();
            }
            reloadStats();
        }, this::fail);
    }

    /** Builds the chosen chart's data off the FX thread; only the newest request's result is shown. */
    public void rebuild() {
        ChartKind k = kind.get();
        Integer y = year.get();
        if (k == null || y == null) {
            return;
        }
        long mine = ++sequence;
        ChartOptions options = new ChartOptions(y, ChartOptions.DEFAULT_YEARS, resource.get() == null ? null : resource.get().id(), null);
        busy.set(true);
        background.run(() -> services.charts().build(k, options), d -> {
            if (mine == sequence) {
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

    public void savePng(Path file, Consumer<Path> done, Consumer<Throwable> failed) {
        ChartData d = data.get();
        background.run(() -> {
            ChartRenderer.png(d, file, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
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
