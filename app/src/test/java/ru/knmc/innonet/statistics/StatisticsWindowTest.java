package ru.knmc.innonet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ru.knmc.innonet.app.AppHome;
import ru.knmc.innonet.app.FxBackground;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.app.Workbench;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.demo.DemoLoader;

/** The statistics section on the demo data: a Metrica file imported through the dialog; the year changes the chart. */
@ExtendWith(ApplicationExtension.class)
class StatisticsWindowTest {
    private static Services services;

    /**
     * The demo database is built once, off the FX thread (built in {@code @Start} it would hold up the
     * window's set-up); the tests touch different years and figures of it.
     */
    @BeforeAll
    static void demoDatabase() {
        services = new Services(Database.open(DatabaseLocation.inMemory("statistics" + System.nanoTime())));
        DemoLoader.load(services.database(), (f, m) -> { });
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        var window = new Workbench(new AppHome(Files.createTempDirectory("innonet-test")), services, new FxBackground(),
                () -> stage).build();
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/innonet.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    @Test
    void aMetricaFileIsImportedThroughTheDialogAfterItsPreview(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("visits_2019-01-01_2019-02-28.csv");
        Files.writeString(file, "\uFEFF\"Интервал дат визита\",\"Визиты\",\"Посетители\",\"Просмотры\",\"Доля новых посетителей\"\n"
                + "\"Итого и средние\",\"7000\",\"3100\",\"30000\",\"0.7\"\n"
                + "\"2019-01-01 - 2019-01-31\",\"3000\",\"1800\",\"13000\",\"0.7\"\n"
                + "\"2019-02-01 - 2019-02-28\",\"4000\",\"2000\",\"17000\",\"0.7\"\n", StandardCharsets.UTF_8);
        robot.clickOn("#nav-statistics");
        robot.clickOn("Посещаемость");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#visit-table").queryAs(TableView.class).getItems().isEmpty());
        int before = robot.lookup("#visit-table").queryAs(TableView.class).getItems().size();
        robot.clickOn("#visits-import");
        robot.clickOn("#visit-import-path").write(file.toString());
        assertThat(robot.lookup("#visit-import-apply").queryButton().isDisabled()).as("nothing to apply before reading").isTrue();
        robot.clickOn("#visit-import-read");
        TextArea preview = robot.lookup("#visit-import-preview").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getText().contains("Будет добавлено"));
        assertThat(preview.getText()).contains("01.01.2019 — 28.02.2019").contains("Яндекс Метрика")
                .contains("визитов 7\u00a0000").contains("ничего не заменяется");
        assertThat(services.visits().yearly(null, 2019, Segment.ALL)).as("nothing written by the preview").isNull();
        robot.clickOn("#visit-import-apply");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.visits().yearly(null, 2019, Segment.ALL) != null);
        VisitFigures f = services.visits().yearly(null, 2019, Segment.ALL);
        assertThat(f.visits()).isEqualTo(7000);
        assertThat(f.visitors()).isEqualTo(3100);
        assertThat(services.visits().monthly(null, 2019)).hasSize(2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#visit-table").queryAs(TableView.class).getItems().size() == before + 3);
        assertThat(robot.lookup("#visit-import-preview").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingTheYearChangesTheChart(FxRobot robot) throws Exception {
        robot.clickOn("#nav-statistics");
        robot.clickOn("Публикации по годам");
        ChartViewer viewer = robot.lookup("#chart-viewer").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title(viewer).equals("Публикации по годам"));
        assertThat(columns(viewer)).containsExactly("2013", "2014", "2015", "2016", "2017");
        assertThat(((CategoryPlot) viewer.getChart().getPlot()).getDataset().getValue(0, 4).intValue()).isEqualTo(23);
        ComboBox<Integer> year = robot.lookup("#chart-year").queryAs(ComboBox.class);
        robot.clickOn(year);
        robot.interact(() -> year.getSelectionModel().select(Integer.valueOf(2016)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> columns(viewer).contains("2012"));
        assertThat(columns(viewer)).containsExactly("2012", "2013", "2014", "2015", "2016");
        assertThat(((CategoryPlot) viewer.getChart().getPlot()).getDataset().getValue(0, 4).intValue()).isEqualTo(13);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIndicatorIsCreatedItsValueEnteredAndTheIndicatorsChartShowsIt(FxRobot robot) throws Exception {
        robot.clickOn("#nav-statistics");
        robot.clickOn("Целевые показатели");
        TableView<IndicatorActual> table = robot.lookup("#indicator-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.clickOn("#indicator-add");
        robot.clickOn("#indicator-title").write("Доля педагогов в сетевых проектах");
        robot.clickOn("#indicator-target").write("4O");
        robot.clickOn("#indicator-startYear").write("2016");
        robot.clickOn("#indicator-targetYear").write("2018");
        robot.clickOn("#indicator-save");
        javafx.scene.control.Label targetError = robot.lookup("#indicator-error-target").queryAs(javafx.scene.control.Label.class);
        assertThat(targetError.isVisible()).as("the message is under the field").isTrue();
        assertThat(targetError.getText()).contains("Целевое значение");
        robot.doubleClickOn("#indicator-target").eraseText(2).write("40");
        robot.clickOn("#indicator-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        IndicatorActual added = table.getItems().get(3);
        assertThat(added.indicator().title()).isEqualTo("Доля педагогов в сетевых проектах");
        assertThat(added.indicator().startYear()).isEqualTo(2016);
        assertThat(added.value()).isNull();
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.clickOn("#indicator-enter");
        robot.clickOn("#indicator-value").write("30,5");
        robot.clickOn("#indicator-value-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 4 && table.getItems().get(3).value() != null);
        assertThat(table.getItems().get(3).value()).isEqualByComparingTo("30.5");
        assertThat(table.getItems().get(3).source()).startsWith("введено вручную: ");
        robot.clickOn("Диаграммы");
        robot.clickOn("Целевые показатели: факт и цель");
        ChartViewer viewer = robot.lookup("#chart-viewer").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title(viewer).equals("Целевые показатели: факт и цель")
                && columns(viewer).size() == 4);
        var dataset = ((CategoryPlot) viewer.getChart().getPlot()).getDataset();
        assertThat(columns(viewer).get(3)).startsWith("Доля педагогов в сетевых проектах");
        assertThat(dataset.getValue(0, 3).doubleValue()).as("target").isEqualTo(40.0);
        assertThat(dataset.getValue(1, 3).doubleValue()).as("actual 2017").isEqualTo(30.5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMunicipalityFilterChangesTheInfrastructureChart(FxRobot robot) throws Exception {
        robot.clickOn("#nav-statistics");
        robot.clickOn("Диаграммы");
        robot.clickOn("Публикации по годам");
        assertThat(robot.lookup("#filter-municipality").query().isVisible()).as("publications have no municipality").isFalse();
        ChartViewer viewer = openChart(robot, "Рост инновационной инфраструктуры");
        assertThat(robot.lookup("#filter-municipality").query().isVisible()).isTrue();
        Number all = ((CategoryPlot) viewer.getChart().getPlot()).getDataset().getValue(0, 4);
        ComboBox<ru.knmc.innonet.registry.Municipality> box = robot.lookup("#chart-municipality").queryAs(ComboBox.class);
        select(robot, box, box.getItems().stream().filter(m -> m != null && m.name().equals("Новороссийск")).findFirst()
                .orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ((List<?>) viewer.getChart().getSubtitles()).stream()
                .anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle tt && tt.getText().contains("Новороссийск")));
        long id = services.reference().municipalityByName("Новороссийск").orElseThrow().id();
        int expected = new InfrastructureGrowthService(services.database().dsl()).growth(2017, 2017, id).get(0).organizations();
        var dataset = ((CategoryPlot) viewer.getChart().getPlot()).getDataset();
        int shown = dataset.getRowCount() == 0 ? 0 : dataset.getValue(0, 4).intValue();
        assertThat(shown).as("Новороссийск's organizations with a status in 2017").isEqualTo(expected).isLessThan(all.intValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAcademicYearAndACustomRangeChangeTheEventsChartAndABackwardRangeIsAMessageUnderTheFields(FxRobot robot)
            throws Exception {
        robot.clickOn("#nav-statistics");
        robot.clickOn("Диаграммы");
        robot.clickOn("Публикации по годам");
        assertThat(robot.lookup("#filter-period").query().isVisible()).as("publications are counted per year").isFalse();
        ChartViewer viewer = openChart(robot, "Мероприятия по месяцам");
        assertThat(robot.lookup("#filter-period").query().isVisible()).isTrue();
        assertThat(columns(viewer)).hasSize(12).startsWith("янв.");
        ComboBox<ChartPeriodModel.Choice> choice = robot.lookup("#chart-period").queryAs(ComboBox.class);
        select(robot, choice, ChartPeriodModel.Choice.ACADEMIC_YEAR);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> columns(viewer).size() == 12 && columns(viewer).get(0).equals("сент. 2017"));
        assertThat(subtitle(viewer)).isEqualTo("2017–2018 учебный год (сентябрь 2017 — август 2018)");
        var dataset = ((CategoryPlot) viewer.getChart().getPlot()).getDataset();
        MonthPeriod academic = MonthPeriod.academicYear(2017);
        for (java.time.YearMonth m : academic.months()) {
            int inDb = services.database().dsl().fetchCount(ru.knmc.innonet.db.jooq.Tables.EVENT,
                    ru.knmc.innonet.db.jooq.Tables.EVENT.START_DATE.between(m.atDay(1), m.atEndOfMonth()));
            assertThat(dataset.getValue(0, dataset.getColumnIndex(academic.shortName(m))).intValue()).as(m.toString()).isEqualTo(inDb);
        }
        select(robot, choice, ChartPeriodModel.Choice.CUSTOM);
        assertThat(robot.lookup("#chart-year-box").query().isVisible()).as("a custom range has no year").isFalse();
        ComboBox<Integer> fromMonth = robot.lookup("#chart-period-from-month").queryAs(ComboBox.class);
        ComboBox<Integer> fromYear = robot.lookup("#chart-period-from-year").queryAs(ComboBox.class);
        ComboBox<Integer> toYear = robot.lookup("#chart-period-to-year").queryAs(ComboBox.class);
        ComboBox<Integer> toMonth = robot.lookup("#chart-period-to-month").queryAs(ComboBox.class);
        robot.interact(() -> {
            fromMonth.setValue(5);
            fromYear.setValue(2018);
            toMonth.setValue(3);
            toYear.setValue(2018);
        });
        javafx.scene.control.Label error = robot.lookup("#chart-period-error").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, error::isVisible);
        assertThat(error.getText()).contains("май 2018").contains("март 2018").contains("позже");
        assertThat(viewer.isVisible()).as("no chart for a broken period").isFalse();
        robot.interact(() -> toMonth.setValue(9));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> columns(viewer).size() == 5);
        assertThat(error.isVisible()).isFalse();
        assertThat(viewer.isVisible()).isTrue();
        assertThat(columns(viewer)).containsExactly("май", "июнь", "июль", "авг.", "сент.");
        assertThat(subtitle(viewer)).isEqualTo("май 2018 — сентябрь 2018");
        robot.interact(() -> choice.getSelectionModel().select(ChartPeriodModel.Choice.CALENDAR_YEAR));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> columns(viewer).size() == 12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void participantsByKindFromOneMunicipality(FxRobot robot) throws Exception {
        robot.clickOn("#nav-statistics");
        robot.clickOn("Диаграммы");
        ChartViewer viewer = openChart(robot, "Участники мероприятий по видам мероприятий");
        assertThat(robot.lookup("#filter-municipality").query().isVisible()).isTrue();
        ComboBox<ru.knmc.innonet.registry.Municipality> box = robot.lookup("#chart-municipality").queryAs(ComboBox.class);
        select(robot, box, box.getItems().stream().filter(m -> m != null && m.name().equals("Краснодар")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> subtitle(viewer).endsWith("Краснодар"));
        long id = services.reference().municipalityByName("Краснодар").orElseThrow().id();
        Map<String, Integer> expected = new EventFigures(services.database().dsl()).participantsByKind(MonthPeriod.calendarYear(2017), id);
        var dataset = ((CategoryPlot) viewer.getChart().getPlot()).getDataset();
        expected.forEach((kind, n) -> assertThat(dataset.getValue(0, dataset.getColumnIndex(kind)).intValue()).as(kind).isEqualTo(n));
        assertThat(expected.get("фестиваль")).isLessThan(new EventFigures(services.database().dsl()).participantsByKind(2017).get("фестиваль"));
    }

    @Test
    void theChartsDataGoesToExcelForTheChosenPeriod(@TempDir Path dir) throws Exception {
        StatisticsViewModel vm = new StatisticsViewModel(services, ru.knmc.innonet.app.Background.direct());
        vm.load();
        vm.kindProperty().set(ChartKind.PARTICIPANTS_LEVEL);
        vm.period().choiceProperty().set(ChartPeriodModel.Choice.ACADEMIC_YEAR);
        assertThat(vm.dataProperty().get().subtitle()).startsWith("2017–2018 учебный год");
        assertThat(vm.fileName()).isEqualTo("participants-level-2017-09_2018-08");
        Path xlsx = dir.resolve("levels.xlsx");
        java.util.concurrent.atomic.AtomicReference<Path> written = new java.util.concurrent.atomic.AtomicReference<>();
        vm.exportData(xlsx, written::set, t -> { throw new AssertionError(t); });
        assertThat(written.get()).isEqualTo(xlsx);
        Map<ru.knmc.innonet.event.EventLevel, Integer> levels = new EventFigures(services.database().dsl())
                .participantsByLevel(MonthPeriod.academicYear(2017), null);
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("2017–2018 учебный год (сентябрь 2017 — август 2018)");
            for (var row : sheet) {
                if (row.getRowNum() >= 3) {
                    var level = java.util.Arrays.stream(ru.knmc.innonet.event.EventLevel.values())
                            .filter(l -> l.displayName().equals(row.getCell(0).getStringCellValue())).findFirst().orElseThrow();
                    assertThat(row.getCell(1).getNumericCellValue()).as(level.name()).isEqualTo(levels.get(level).doubleValue());
                }
            }
        }
        vm.period().choiceProperty().set(ChartPeriodModel.Choice.CUSTOM);
        vm.period().toYearProperty().set(2021);
        assertThat(vm.period().errorProperty().get()).contains("48").contains("36");
        assertThat(vm.dataProperty().get()).isNull();
    }

    /** Clicks the chart in the list and waits until the viewer shows it. */
    private static ChartViewer openChart(FxRobot robot, String title) throws java.util.concurrent.TimeoutException {
        robot.clickOn(title);
        ChartViewer viewer = robot.lookup("#chart-viewer").queryAs(ChartViewer.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title(viewer).equals(title));
        return viewer;
    }

    /** Opens the drop-down as a person would, picks the item, closes it. */
    private static <T> void select(FxRobot robot, ComboBox<T> box, T item) {
        robot.clickOn(box);
        robot.interact(() -> box.getSelectionModel().select(item));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static String subtitle(ChartViewer viewer) {
        if (viewer.getChart() == null) {
            return "";
        }
        return ((List<?>) viewer.getChart().getSubtitles()).stream().filter(t -> t instanceof org.jfree.chart.title.TextTitle)
                .map(t -> ((org.jfree.chart.title.TextTitle) t).getText()).findFirst().orElse("");
    }

    private static String title(ChartViewer viewer) {
        return viewer.getChart() == null ? "" : viewer.getChart().getTitle().getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> columns(ChartViewer viewer) {
        if (viewer.getChart() == null) {
            return List.of();
        }
        return (List<String>) (List<?>) ((CategoryPlot) viewer.getChart().getPlot()).getDataset().getColumnKeys();
    }
}
