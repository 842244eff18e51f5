package ru.knmc.innonet.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ru.knmc.innonet.app.Services;

/** «Отчёты» as a person uses it: open 2017, type a placeholder, save with Ctrl+S, follow a gap's link. */
@ExtendWith(ApplicationExtension.class)
class AnnualReportWindowTest {
    private static Services services;

    /** The demo database is built once, off the FX thread: built in {@code @Start} it would hold up the window's set-up. */
    @BeforeAll
    static void demoDatabase() {
        services = ru.knmc.innonet.app.DemoWindow.demoServices("reportwindow");
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        ru.knmc.innonet.app.DemoWindow.show(stage, services, "reports");
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        ru.knmc.innonet.app.DemoWindow.waitUntil(condition);
    }

    @SuppressWarnings("unchecked")
    @Test
    void writeAPlaceholderSaveAndFollowAGap(FxRobot robot) throws Exception {
        ComboBox<Integer> year = robot.lookup("#report-year").queryComboBox();
        waitUntil(() -> Integer.valueOf(2018).equals(year.getValue()));
        robot.interact(() -> year.setValue(2017));
        TextArea editor = robot.lookup("#report-editor").queryAs(TextArea.class);
        ListView<Integer> parts = robot.lookup("#report-parts").queryListView();
        robot.interact(() -> parts.getSelectionModel().select(4));
        waitUntil(() -> editor.getText().startsWith("Инновационность проекта"));

        robot.clickOn(editor).type(KeyCode.END).write(" {{msip}} {{nonsense}}");
        robot.clickOn("#report-refresh");
        ListView<Gap> gaps = robot.lookup("#report-gaps").queryListView();
        waitUntil(() -> gaps.getItems().stream().anyMatch(g -> g.text().contains("{{nonsense}}")));

        robot.interact(() -> {
            editor.requestFocus();
            editor.selectAll();
        });
        robot.clickOn("#report-bold");
        assertThat(editor.getText()).startsWith("**Инновационность").endsWith("{{nonsense}}**");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> services.annualReports().find(2017).orElseThrow().section(4).contains("{{nonsense}}**"));

        robot.interact(() -> year.setValue(2019));
        waitUntil(() -> gaps.getItems().stream().anyMatch(g -> g.sectionId().equals("reference")));
        robot.clickOn("#report-tabs .tab:nth-child(3)");
        robot.clickOn(".hyperlink");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-reference").queryAs(ToggleButton.class).isSelected()
                || robot.lookup("#nav-reports").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}
