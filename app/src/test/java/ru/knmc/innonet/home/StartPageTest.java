package ru.knmc.innonet.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ru.knmc.innonet.app.AppHome;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.FxBackground;
import ru.knmc.innonet.app.MainWindow;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.app.Workbench;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.db.TestDatabases;

/**
 * The program opens on «Главная»; its reminders come from every source, most urgent first; a failing
 * source does not hide the others; Enter on a reminder goes to its section; Alt+2 reaches the registry.
 */
@ExtendWith(ApplicationExtension.class)
class StartPageTest {
    private Services services;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        services = new Services(TestDatabases.h2());
        window = new Workbench(new AppHome(java.nio.file.Files.createTempDirectory("innonet-test")), services,
                new FxBackground(), () -> stage).build();
        stage.setScene(new Scene(window.root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void remindersAreSortedMostUrgentFirstAndAFailingSourceIsReportedNotFatal() {
        LocalDate today = LocalDate.of(2018, 6, 5);
        StartPage page = new StartPage(List.of(
                d -> List.of(new Reminder(Urgency.INFO, null, "к сведению", "registry", null),
                        new Reminder(Urgency.SOON, d.plusDays(3), "через три дня", "registry", null)),
                d -> {
                    throw new IllegalStateException("broken source");
                },
                d -> List.of(new Reminder(Urgency.OVERDUE, d.minusDays(10), "давно просрочено", "registry", 7L),
                        new Reminder(Urgency.OVERDUE, d.minusDays(1), "вчера", "registry", null))));

        List<Reminder> all = page.reminders(today);

        assertThat(all).extracting(Reminder::text).containsExactly("давно просрочено", "вчера", "через три дня",
                "к сведению", Messages.get("home.sourceFailed"));
    }

    @Test
    void theWindowOpensOnTheStartPageAndAltDigitsSwitchSections(FxRobot robot) throws Exception {
        TableView<?> reminders = robot.lookup("#home-reminders").queryTableView();
        assertThat(reminders.isVisible()).isTrue();
        assertThat(reminders.getItems()).isEmpty();

        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#registry-table").tryQuery().isPresent());
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#home-reminders").tryQuery()).isPresent();
        assertThat(robot.lookup("#registry-table").tryQuery()).isEmpty();
    }

    @Test
    void overdueRemindersStandOutAndEnterOpensTheirSection(FxRobot robot) throws Exception {
        StartViewModel vm = new StartViewModel(new StartPage(List.of(
                d -> List.of(new Reminder(Urgency.OVERDUE, d.minusDays(2), "решение просрочено", "reference", null),
                        new Reminder(Urgency.INFO, null, "к сведению", "registry", null)))),
                Background.direct(), () -> LocalDate.of(2018, 6, 5));
        AtomicReference<Reminder> opened = new AtomicReference<>();
        StartView view = new StartView(vm, opened::set);
        robot.interact(() -> stage.getScene().setRoot(new StackPane(view.root())));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#home-reminders").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(table.lookupAll(".reminder-overdue")).hasSize(1);

        robot.interact(view::focus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened.get()).isNotNull();
        assertThat(opened.get().text()).isEqualTo("решение просрочено");
    }
}
