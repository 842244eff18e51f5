package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.testfx.util.WaitForAsyncUtils;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.app.Workbench;
import ru.knmc.innonet.registry.Organization;

/**
 * The contest's applications on screen: a new application made through the form lands in the list, a
 * single decision changes its row, and Alt+↑ moves a presentation of the public defense.
 */
@ExtendWith(ApplicationExtension.class)
class ContestApplicationsWindowTest {
    private static Services services;
    private Workbench workbench;

    @BeforeAll
    static void demoDatabase() {
        services = ru.knmc.innonet.app.DemoWindow.demoServices("contest-apps");
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        workbench = ru.knmc.innonet.app.DemoWindow.show(stage, services, "contest");
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        ru.knmc.innonet.app.DemoWindow.waitUntil(condition);
    }

    private long contestId() {
        return workbench.contestView().viewModel().contestProperty().get().id();
    }

    @Test
    void aNewApplicationMadeInTheFormIsInTheList(FxRobot robot) throws Exception {
        TableView<ApplicationService.Row> apps = robot.lookup("#contest-applications").queryTableView();
        waitUntil(() -> apps.getItems().size() == 10);
        robot.clickOn("#contest-app-new");
        waitUntil(() -> robot.lookup("#application-form").tryQuery().map(n -> !n.isDisabled()).orElse(false));

        // saving with nothing filled in names the missing fields under them
        robot.clickOn("#form-save");
        assertThat(robot.lookup("#form-organization-error").queryAs(Label.class).getText()).contains("Заявитель");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ComboBox<Organization> org = robot.lookup("#form-organization").queryAs(ComboBox.class);
        Organization school = org.getItems().stream().filter(o -> o != null && o.shortName().contains("101"))
                .findFirst().orElse(org.getItems().get(1));
        robot.interact(() -> org.setValue(school));
        assertThat(robot.lookup("#form-organization-error").queryAs(Label.class).getText()).isNullOrEmpty();
        robot.clickOn("Паспорт проекта");
        robot.clickOn("#form-topic").write("Robotics club 2018");
        robot.clickOn("#form-goals").write("Goals of the project");
        robot.clickOn("Этапы (п. 11)");
        robot.clickOn("#form-stages-add");
        robot.clickOn("#stage-title").write("Start");
        robot.clickOn("#stage-period").write("09.2018-12.2018");
        robot.clickOn("#stage-ok");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> apps.getItems().stream().anyMatch(r -> r.topic().equals("Robotics club 2018")));
        ApplicationService.Row row = apps.getItems().stream().filter(r -> r.topic().equals("Robotics club 2018"))
                .findFirst().orElseThrow();
        assertThat(row.regNumber()).isEqualTo(11);
        assertThat(row.organization()).isEqualTo(school.shortName());
        Application saved = new ApplicationService(services.database().dsl()).get(row.id());
        assertThat(saved.passport().goals()).isEqualTo("Goals of the project");
        assertThat(saved.stages()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Start");
            assertThat(s.period()).isEqualTo("09.2018-12.2018");
        });
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#application-form").tryQuery().isEmpty());

        // the search finds it, and only it
        robot.clickOn("#contest-search").write("robotics");
        waitUntil(() -> apps.getItems().size() == 1);
        robot.doubleClickOn("#contest-search").eraseText(8);
        waitUntil(() -> apps.getItems().size() == 11);
    }

    @Test
    void aSingleDecisionChangesTheRow(FxRobot robot) throws Exception {
        TableView<ApplicationService.Row> apps = robot.lookup("#contest-applications").queryTableView();
        waitUntil(() -> apps.getItems().size() >= 9);
        int index = apps.getItems().indexOf(apps.getItems().stream()
                .filter(r -> r.status() == ApplicationStatus.ACCEPTED && r.decision() == null).findFirst().orElseThrow());
        long id = apps.getItems().get(index).id();
        robot.interact(() -> apps.getSelectionModel().select(index));
        robot.clickOn("#contest-app-decide");
        waitUntil(() -> robot.lookup("#decision-choice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Decision> choice = robot.lookup("#decision-choice").queryAs(ComboBox.class);
        assertThat(choice.getItems()).contains(Decision.WINNER, Decision.NOT_RECOMMENDED, Decision.RETURNED)
                .doesNotContain(Decision.END_STATUS);
        robot.interact(() -> choice.setValue(Decision.NOT_RECOMMENDED));
        robot.clickOn("#decision-note").write("below the threshold");
        robot.clickOn("#decision-ok");
        waitUntil(() -> apps.getItems().stream().anyMatch(r -> r.id() == id && r.decision() == Decision.NOT_RECOMMENDED));
        ApplicationService.Row row = apps.getItems().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(new ApplicationService(services.database().dsl()).get(id).decisionNote()).isEqualTo("below the threshold");
    }

    @Test
    void altUpMovesAPresentationOfTheDefense(FxRobot robot) throws Exception {
        TableView<ApplicationService.Row> apps = robot.lookup("#contest-applications").queryTableView();
        waitUntil(() -> apps.getItems().size() >= 9);
        TabPane tabs = robot.lookup("#contest-tabs").queryAs(TabPane.class);
        robot.clickOn("#tab-defense");
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-defense"));
        @SuppressWarnings("unchecked")
        ComboBox<Subsystem> subsystem = robot.lookup("#defense-subsystem").queryAs(ComboBox.class);
        robot.interact(() -> subsystem.setValue(Subsystem.GENERAL));
        ListView<DefenseService.Slot> list = robot.lookup("#defense-order").queryListView();
        DefenseService defense = new DefenseService(services.database().dsl());
        waitUntil(() -> list.getItems().size() == defense.order(contestId(), Subsystem.GENERAL).size()
                && list.getItems().size() >= 2 && list.getItems().get(0).subsystem() == Subsystem.GENERAL);
        long second = list.getItems().get(1).applicationId();
        long first = list.getItems().get(0).applicationId();
        robot.clickOn(robot.lookup("#defense-order .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil(() -> defense.order(contestId(), Subsystem.GENERAL).get(0).applicationId() == second);
        assertThat(defense.order(contestId(), Subsystem.GENERAL).get(1).applicationId()).isEqualTo(first);
        assertThat(defense.order(contestId(), Subsystem.GENERAL).get(0).position()).isEqualTo(1);
        waitUntil(() -> list.getItems().get(0).applicationId() == second);
    }
}
