package ru.knmc.innonet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

/**
 * The section inside the main window, lists loaded in the background: the rail opens it, and Ctrl+N adds
 * in the current tab even though the registry claims Ctrl+N for a new organization.
 */
@ExtendWith(ApplicationExtension.class)
class ReferenceSectionTest {
    private Services services;

    @Start
    void start(Stage stage) throws java.io.IOException {
        services = new Services(Database.open(DatabaseLocation.inMemory("section" + System.nanoTime())));
        var window = new Workbench(new AppHome(java.nio.file.Files.createTempDirectory("innonet-test")), services, new FxBackground(), () -> stage).build();
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/innonet.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    @Test
    void altThreeOpensTheSectionAndCtrlNAddsInTheCurrentTab(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reference");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#kinds-table").tryQuery().isPresent()
                        && !robot.lookup("#kinds-table").queryAs(TableView.class).getItems().isEmpty());
        robot.clickOn("#kinds-table").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(robot.lookup("#kind-code").tryQuery()).as("the status kind dialog").isPresent();
        assertThat(robot.lookup("#card-archived").tryQuery()).as("no organization card").isEmpty();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#kind-code").tryQuery()).isEmpty();
    }
}
