package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import ru.knmc.innonet.app.Services;

/** An expert's sheet filled on screen: the running total follows the typing, and saving moves the ranking. */
@ExtendWith(ApplicationExtension.class)
class ContestWindowTest {
    private static Services services;

    /** The demo database is built once, off the FX thread: built in {@code @Start} it would hold up the window's set-up. */
    @BeforeAll
    static void demoDatabase() {
        services = ru.knmc.innonet.app.DemoWindow.demoServices("contest-window");
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        ru.knmc.innonet.app.DemoWindow.show(stage, services, "contest");
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        ru.knmc.innonet.app.DemoWindow.waitUntil(condition);
    }

    private static RankedApplication ranked(TableView<RankedApplication> ranking, int regNumber) {
        return ranking.getItems().stream().filter(r -> r.regNumber() == regNumber).findFirst().orElseThrow();
    }

    /** Replaces what a score field holds, as a person does: click, select all, type. */
    private static void type(FxRobot robot, int criterion, String text) {
        robot.clickOn("#sheet-score-" + criterion).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    @Test
    void fillingASheetMovesTheTotalAndTheRanking(FxRobot robot) throws Exception {
        TableView<RankedApplication> ranking = robot.lookup("#contest-ranking").queryTableView();
        TableView<ReviewService.Row> reviews = robot.lookup("#contest-reviews").queryTableView();
        waitUntil(() -> ranking.getItems().size() == 9 && reviews.getItems().size() == 27);
        // Applications 5 and 6 tie at 15 in the general subsystem.
        assertThat(ranked(ranking, 5).tie()).isTrue();
        assertThat(ranked(ranking, 5).rank()).isEqualTo(2);
        assertThat(ranked(ranking, 6).rank()).isEqualTo(2);

        TabPane tabs = robot.lookup("#contest-tabs").queryAs(TabPane.class);
        robot.clickOn("#tab-sheets");
        int row = reviews.getItems().indexOf(reviews.getItems().stream().filter(r -> r.regNumber() == 5)
                .findFirst().orElseThrow());
        robot.interact(() -> {
            reviews.scrollTo(row);
            reviews.getSelectionModel().select(row);
        });
        waitUntil(() -> robot.lookup("#sheet-score-6").tryQuery().isPresent());
        Label total = robot.lookup("#sheet-total").queryAs(Label.class);
        assertThat(total.getText()).startsWith("Итого: 15 из 21");

        type(robot, 0, "5");
        assertThat(robot.lookup(".field-error").queryAs(Label.class).getText()).contains("вне шкалы 0–3");
        assertThat(total.getText()).contains("оценено критериев: 6 из 7");
        for (int i = 0; i < 7; i++) {
            type(robot, i, "3");
        }
        assertThat(total.getText()).startsWith("Итого: 21 из 21");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        // (21 + 15 + 15) / 3 = 17: application 5 leaves the tie and moves above application 6.
        waitUntil(() -> ranked(ranking, 5).score() == 17.0);
        assertThat(ranked(ranking, 5).tie()).isFalse();
        assertThat(ranked(ranking, 5).rank()).isEqualTo(2);
        assertThat(ranked(ranking, 6).rank()).isEqualTo(3);
        long reviewId = reviews.getItems().get(row).reviewId();
        assertThat(new ReviewService(services.database().dsl()).sheet(reviewId).scores().values()).hasSize(7).containsOnly(3);
    }
}
