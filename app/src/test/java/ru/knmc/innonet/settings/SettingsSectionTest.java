package ru.knmc.innonet.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;

/** The rail opens «Настройки»; a person types a server address, sees the mistake named, fixes it and saves. */
@ExtendWith(ApplicationExtension.class)
class SettingsSectionTest {
    private Services services;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        // created here, not by @TempDir: the window is built before field injection is guaranteed
        home = Files.createTempDirectory("settings-home");
        services = new Services(Database.open(DatabaseLocation.inMemory("settings" + System.nanoTime())));
        var window = new Workbench(new AppHome(home), services, new FxBackground(), () -> stage).build();
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/innonet.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void typingAServerAddressValidatesAndSaves(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#settings-view").tryQuery().isPresent());
        assertThat(robot.lookup("#settings-data-folder").queryAs(TextField.class).getText()).isEqualTo(home.toString());
        assertThat(robot.lookup("#settings-current-db").queryAs(TextField.class).getText()).startsWith("jdbc:h2:mem:settings");
        assertThat(robot.lookup("#settings-path").queryAs(TextField.class).getText()).isEqualTo(home.resolve("innonet").toString());
        assertThat(robot.lookup("#settings-host").queryAs(TextField.class).isDisabled()).isTrue();

        robot.clickOn("#settings-server");
        Label problem = robot.lookup("#settings-problem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo(Messages.get("settings.error.host"));
        Button save = robot.lookup("#settings-save").queryButton();
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn("#settings-host").write("db.knmc.local");
        robot.clickOn("#settings-port").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("70000");
        robot.clickOn("#settings-database").write("innonet");
        assertThat(problem.getText()).isEqualTo(Messages.get("settings.error.port"));
        assertThat(robot.lookup("#settings-port").queryAs(TextField.class).getStyleClass()).contains("invalid");
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn("#settings-port").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("5433");
        robot.clickOn("#settings-user").write("methodist");
        robot.clickOn("#settings-password").write("secret");
        assertThat(problem.isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        assertThat(robot.lookup("#settings-save-result").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("settings.save.done", home.resolve("innonet.properties").toString()));
        String file = Files.readString(home.resolve("innonet.properties"));
        assertThat(file).contains("db.url=jdbc\\:postgresql\\://db.knmc.local\\:5433/innonet", "db.user=methodist",
                "db.password=secret");
    }
}
