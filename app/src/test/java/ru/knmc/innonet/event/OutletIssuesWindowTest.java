package ru.knmc.innonet.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import ru.knmc.innonet.app.DemoWindow;
import ru.knmc.innonet.app.Services;

/** The publications tab: an outlet's issues of a year entered with the keyboard, checked, shown beside the articles, deleted. */
@ExtendWith(ApplicationExtension.class)
class OutletIssuesWindowTest {
    private static Services services;

    @BeforeAll
    static void demoDatabase() {
        services = DemoWindow.demoServices("outlet-issues");
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        DemoWindow.show(stage, services, "events");
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        DemoWindow.waitUntil(condition);
    }

    private static Optional<OutletYear> row(TableView<OutletYear> table, int year, String outlet) {
        return table.getItems().stream().filter(r -> r.year() == year && r.outlet().name().equals(outlet)).findFirst();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIssuesOfAnOutletInAYearAreEnteredAndShownBesideItsArticles(FxRobot robot) throws Exception {
        robot.clickOn("Публикации");
        TableView<OutletYear> table = robot.lookup("#outlet-issues-table").queryTableView();
        waitUntil(() -> row(table, 2017, "Панорама образования").isPresent());
        OutletYear panorama = row(table, 2017, "Панорама образования").orElseThrow();
        assertThat(panorama.articles()).isEqualTo(23);
        assertThat(panorama.issueCount()).isEqualTo(20);
        assertThat(row(table, 2017, "Наша новая школа").orElseThrow().issueCount()).isEqualTo(1);
        assertThat(row(table, 2016, "Панорама образования").orElseThrow().issueCount()).as("none entered for 2016").isNull();

        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#outlet-issues-outlet").tryQuery().isPresent());
        ComboBox<Outlet> outlet = robot.lookup("#outlet-issues-outlet").queryComboBox();
        robot.interact(() -> outlet.setValue(outlet.getItems().stream().filter(o -> o.name().equals("Наша новая школа"))
                .findFirst().orElseThrow()));
        robot.doubleClickOn("#outlet-issues-year").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2016");
        robot.clickOn("#outlet-issues-count").write("1001");
        robot.clickOn("#outlet-issues-save");
        Label error = robot.lookup("#outlet-issues-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Поле «Выпущено номеров»: значение должно быть от 0 до 1\u00a0000.");
        robot.doubleClickOn("#outlet-issues-count").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2");
        robot.clickOn("#outlet-issues-note").write("2 nomera");
        robot.clickOn("#outlet-issues-save");
        waitUntil(() -> row(table, 2016, "Наша новая школа").isPresent());
        OutletYear entered = row(table, 2016, "Наша новая школа").orElseThrow();
        assertThat(entered.issueCount()).isEqualTo(2);
        assertThat(entered.articles()).isZero();
        assertThat(services.outletIssues().issuesPerYear(2016, 2016).entrySet()).singleElement()
                .satisfies(e -> assertThat(e.getValue()).containsEntry(2016, 2));

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(entered);
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Удалить")).queryButton());
        waitUntil(() -> row(table, 2016, "Наша новая школа").isEmpty());
        assertThat(services.outletIssues().list(2016)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublicationsChartIsNarrowedToOneOutlet(FxRobot robot) throws Exception {
        robot.clickOn("#nav-statistics");
        robot.clickOn("Публикации по годам");
        ChartViewer viewer = robot.lookup("#chart-viewer").queryAs(ChartViewer.class);
        waitUntil(() -> viewer.getChart() != null && viewer.getChart().getTitle().getText().equals("Публикации по годам")
                && dataset(viewer).getRowCount() == 3);
        assertThat(robot.lookup("#filter-outlet").query().isVisible()).isTrue();
        ComboBox<Outlet> box = robot.lookup("#chart-outlet").queryComboBox();
        robot.clickOn(box);
        robot.interact(() -> box.getSelectionModel().select(box.getItems().stream()
                .filter(o -> o != null && o.name().equals("Панорама образования")).findFirst().orElseThrow()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> dataset(viewer).getRowCount() == 2);
        assertThat(dataset(viewer).getRowKeys()).containsExactly("Статьи", "Номера: «Панорама образования»");
        assertThat(dataset(viewer).getValue(1, 4).intValue()).isEqualTo(20);
        robot.clickOn("Рост инновационной инфраструктуры");
        waitUntil(() -> !robot.lookup("#filter-outlet").query().isVisible());
    }

    private static org.jfree.data.category.CategoryDataset dataset(ChartViewer viewer) {
        return ((org.jfree.chart.plot.CategoryPlot) viewer.getChart().getPlot()).getDataset();
    }
}
