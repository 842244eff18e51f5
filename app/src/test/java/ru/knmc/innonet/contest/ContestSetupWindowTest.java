package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import ru.knmc.innonet.registry.Person;

/**
 * The contest's set-up screens as a specialist uses them on the demo: a new contest with a stage, the
 * frozen criteria of a scored contest and an editable copy for the next one, an expert group, and a
 * manual assignment over a conflict that needs a reason.
 */
@ExtendWith(ApplicationExtension.class)
class ContestSetupWindowTest {
    private static Services services;

    @BeforeAll
    static void demoDatabase() {
        services = ru.knmc.innonet.app.DemoWindow.demoServices("contest-setup-window");
    }

    @AfterAll
    static void closeDatabase() {
        services.close();
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        ru.knmc.innonet.app.DemoWindow.show(stage, services, "contest");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        ru.knmc.innonet.app.DemoWindow.waitUntil(condition);
    }

    private static void openTab(FxRobot robot, String id) throws Exception {
        TabPane tabs = robot.lookup("#contest-tabs").queryAs(TabPane.class);
        var tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.clickOn("#" + id);
        waitUntil(tab::isSelected);
    }

    private static void replace(FxRobot robot, String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Contest> contests(FxRobot robot) {
        return robot.lookup("#contest-select").queryAs(ComboBox.class);
    }

    /** The demo's XVI contest, chosen in the contest list once it has loaded. */
    private static Contest selectXvi(FxRobot robot, ComboBox<Contest> select) throws Exception {
        waitUntil(() -> select.getValue() != null);
        Contest xvi = select.getItems().stream().filter(c -> c.romanNumber().equals("XVI")).findFirst().orElseThrow();
        robot.interact(() -> select.setValue(xvi));
        return xvi;
    }

    @Test
    void aNewContestWithAStageAppearsInTheListAndItsCriteriaCanBeEdited(FxRobot robot) throws Exception {
        ComboBox<Contest> select = contests(robot);
        Contest xvi = selectXvi(robot, select);
        // The header's «Новый конкурс…» opens «Настройка» on an empty form.
        robot.clickOn("#contest-new");
        TabPane tabs = robot.lookup("#contest-tabs").queryAs(TabPane.class);
        waitUntil(() -> "tab-setup".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        waitUntil(() -> robot.lookup("#setup-number").queryAs(TextField.class).getText().isEmpty());
        replace(robot, "#setup-number", "XVIIII");
        replace(robot, "#setup-year", "2031");
        robot.clickOn("#setup-save");
        Label numberError = robot.lookup("#setup-error-romanNumber").queryAs(Label.class);
        waitUntil(() -> numberError.getText() != null && !numberError.getText().isEmpty());
        assertThat(numberError.getText()).contains("римское");
        assertThat(select.getItems()).noneMatch(c -> c.academicYear() == 2031);

        replace(robot, "#setup-number", "XXX");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> select.getValue() != null && "XXX".equals(select.getValue().romanNumber()));
        assertThat(select.getItems()).anyMatch(c -> c.academicYear() == 2031 && c.romanNumber().equals("XXX"));
        assertThat(select.getValue().disagreementShare()).isEqualTo(0.30);

        robot.clickOn("#setup-stage-add");
        robot.clickOn("#stage-end").write("15.10.2031");
        robot.clickOn("#stage-ok");
        TableView<ContestStage> stages = robot.lookup("#setup-stages").queryTableView();
        waitUntil(() -> stages.getItems().size() == 1);
        assertThat(stages.getItems().get(0).kind()).isEqualTo(StageKind.RECEPTION);
        assertThat(stages.getItems().get(0).end()).isEqualTo(java.time.LocalDate.of(2031, 10, 15));
        assertThat(new ContestService(services.database().dsl()).stages(select.getValue().id())).hasSize(1);

        // The new contest's criteria come from the XVI contest, unfrozen: a criterion can be added.
        openTab(robot, "tab-criteria");
        TableView<Criterion> criteria = robot.lookup("#criteria-table").queryTableView();
        waitUntil(() -> criteria.getItems().size() == 7);
        assertThat(robot.lookup("#criteria-frozen").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#criteria-add");
        robot.clickOn("#criterion-title").write("Sotsialnye effekty");
        robot.clickOn("#criterion-level-3").write("Effekty podtverzhdeny");
        robot.clickOn("#criterion-ok");
        waitUntil(() -> criteria.getItems().size() == 8);
        Criterion added = criteria.getItems().stream().filter(c -> c.title().equals("Sotsialnye effekty")).findFirst()
                .orElseThrow();
        assertThat(added.maxScore()).isEqualTo(3);
        assertThat(added.descriptor(3)).isEqualTo("Effekty podtverzhdeny");

        // Ctrl+F finds it; Delete asks and removes it.
        robot.clickOn(criteria).press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("Sotsial");
        waitUntil(() -> criteria.getItems().size() == 1);
        robot.interact(() -> {
            criteria.requestFocus();
            criteria.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        // The confirmation's default button removes.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> criteria.getItems().isEmpty());
        assertThat(new CriteriaService(services.database().dsl()).set(select.getValue().id(), Purpose.REMOTE).orElseThrow()
                .criteria()).hasSize(7);
    }

    @Test
    void choosingAnotherContestWithUnsavedChangesAsksAndSaves(FxRobot robot) throws Exception {
        ComboBox<Contest> select = contests(robot);
        Contest xvi = selectXvi(robot, select);
        openTab(robot, "tab-setup");
        javafx.scene.control.TextField threshold = robot.lookup("#setup-threshold").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> "12".equals(threshold.getText()));
        replace(robot, "#setup-threshold", "13");
        Contest other = select.getItems().stream().filter(c -> !c.romanNumber().equals("XVI")).findFirst().orElse(null);
        if (other == null) {
            other = new ContestService(services.database().dsl()).announce(Contest.announce("XL", 2040,
                    ContestKind.PROJECT, "konkurs", null));
            Contest added = other;
            robot.interact(() -> select.getItems().add(added));
        }
        Contest target = other;
        robot.interact(() -> select.setValue(target));
        // «Сохранить» is the question's default button.
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> new ContestService(services.database().dsl()).get(xvi.id()).threshold() == 13.0);
        assertThat(select.getValue().id()).isEqualTo(target.id());
        robot.interact(() -> select.setValue(select.getItems().stream().filter(c -> c.id().equals(xvi.id()))
                .findFirst().orElseThrow()));
        waitUntil(() -> "13".equals(threshold.getText()));
        replace(robot, "#setup-threshold", "12");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> new ContestService(services.database().dsl()).get(xvi.id()).threshold() == 12.0);
    }

    @Test
    void aScoredContestsCriteriaAreReadOnlyWithTheReason(FxRobot robot) throws Exception {
        ComboBox<Contest> select = contests(robot);
        Contest xvi = selectXvi(robot, select);
        openTab(robot, "tab-criteria");
        Label frozen = robot.lookup("#criteria-frozen").queryAs(Label.class);
        waitUntil(frozen::isVisible);
        assertThat(frozen.getText()).contains("только для чтения").contains("27");
        assertThat(robot.lookup("#criteria-add").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#criteria-up").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void anExpertJoinsAGroupAndAManualAssignmentOverAConflictNeedsAReason(FxRobot robot) throws Exception {
        ComboBox<Contest> select = contests(robot);
        Contest xvi = selectXvi(robot, select);
        var dsl = services.database().dsl();
        Application first = new ApplicationService(dsl).list(xvi.id()).stream()
                .filter(r -> r.status() == ApplicationStatus.ACCEPTED).map(r -> new ApplicationService(dsl).get(r.id()))
                .filter(a -> a.supervisorId() != null).findFirst().orElseThrow();
        Person supervisor = new ru.knmc.innonet.registry.OrganizationService(dsl).person(first.supervisorId()).orElseThrow();

        openTab(robot, "tab-experts");
        TableView<ExpertGroupsViewModel.Member> members = robot.lookup("#experts-members").queryTableView();
        waitUntil(() -> !members.getItems().isEmpty());
        int before = members.getItems().size();
        @SuppressWarnings("unchecked")
        ComboBox<Person> person = robot.lookup("#experts-person").queryAs(ComboBox.class);
        robot.interact(() -> person.setValue(supervisor));
        robot.clickOn("#experts-add");
        waitUntil(() -> members.getItems().size() == before + 1);
        assertThat(new ExpertService(dsl).group(2017, first.subsystem()).orElseThrow().memberIds()).contains(supervisor.id());

        openTab(robot, "tab-assignment");
        TableView<AssignmentService.Assignment> table = robot.lookup("#assignment-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 27);
        robot.clickOn("#assignment-manual");
        @SuppressWarnings("unchecked")
        ComboBox<ApplicationService.Row> app = robot.lookup("#manual-application").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Person> expert = robot.lookup("#manual-expert").queryAs(ComboBox.class);
        robot.interact(() -> {
            app.setValue(app.getItems().stream().filter(r -> r != null && r.id() == first.id()).findFirst().orElseThrow());
            expert.setValue(supervisor);
        });
        Label conflicts = robot.lookup("#manual-conflicts").queryAs(Label.class);
        waitUntil(() -> conflicts.getText().contains("научный руководитель") || conflicts.getText().contains("руковод"));
        robot.clickOn("#manual-assign");
        Label error = robot.lookup("#manual-error").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("руковод");
        assertThat(table.getItems()).hasSize(27);

        robot.clickOn("#manual-reason").write("edinstvennyi spetsialist po teme");
        robot.clickOn("#manual-assign");
        waitUntil(() -> table.getItems().size() == 28);
        AssignmentService.Assignment made = table.getItems().stream().filter(a -> a.expertId() == supervisor.id())
                .findFirst().orElseThrow();
        assertThat(made.overrideReason()).isEqualTo("edinstvennyi spetsialist po teme");
        assertThat(made.automatic()).isFalse();
        assertThat(made.assignedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(made.flagged()).isFalse();
        TableView<AssignmentViewModel.Load> loads = robot.lookup("#assignment-loads").queryTableView();
        assertThat(loads.getItems()).anyMatch(l -> l.expertId() == supervisor.id() && l.assigned() == 1);
    }
}
