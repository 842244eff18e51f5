package ru.knmc.innonet.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import ru.knmc.innonet.app.MainWindow;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.app.Workbench;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/**
 * A secretary builds a meeting with three agenda items, reorders them by keyboard and by dragging,
 * and the print preview follows the new order at once; saving keeps the order.
 */
@ExtendWith(ApplicationExtension.class)
class CouncilWindowTest {
    private static final String FIRST = "О плане работы совета";
    private static final String SECOND = "Об экспертных группах";
    private static final String THIRD = "О составе сетей";
    private Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        services = new Services(TestDatabases.h2());
        Municipality krd = services.reference().saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
        Organization knmc = services.organizations().save(new Organization(null, OrgType.OTHER, null, null, null, null,
                "МКУ КНМЦ", "МКУ КНМЦ", krd.id(), null, null, null, null, null, false, 0));
        Person chair = services.organizations().savePerson(new Person(null, "Сорокина", "Елена", "Николаевна", "директор МКУ КНМЦ",
                knmc.id(), null, null, null, null, 0));
        Person secretary = services.organizations().savePerson(new Person(null, "Демченко", "Светлана", "Юрьевна", "методист",
                knmc.id(), null, null, null, null, 0));
        services.council().save(new Composition(null, AcademicYear.current(), null, List.of(
                new CouncilMember(chair.id(), CouncilRole.CHAIR, knmc.id()), new CouncilMember(secretary.id(), CouncilRole.SECRETARY, knmc.id())), 0));
        window = new Workbench(new AppHome(java.nio.file.Files.createTempDirectory("innonet-test")), services,
                new FxBackground(), () -> stage).build();
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.show();
        window.show("council");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void addItem(FxRobot robot, String title) {
        robot.clickOn("#agenda-add");
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#item-title").queryAs(TextField.class);
        // typed into the field as text: the test robot cannot type Cyrillic key by key
        robot.interact(() -> field.setText(title));
        robot.clickOn("#item-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String previewItem(FxRobot robot, int number) {
        return robot.lookup("#agenda-page-item-" + number).queryAs(Label.class).getText();
    }

    @Test
    void buildAMeetingWithThreeItemsReorderThemAndThePreviewFollows(FxRobot robot) throws Exception {
        robot.clickOn("#meeting-new");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#agenda-add").queryButton().isDisabled());
        addItem(robot, FIRST);
        addItem(robot, SECOND);
        addItem(robot, THIRD);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agenda-page-item-3").tryQuery().isPresent());
        assertThat(previewItem(robot, 1)).isEqualTo("1. " + FIRST);
        assertThat(previewItem(robot, 3)).isEqualTo("3. " + THIRD);

        // keyboard: the third item up twice with Alt+↑
        ListView<?> agenda = robot.lookup("#agenda-list").queryListView();
        robot.clickOn((Node) robot.lookup("#agenda-list .list-cell").nth(2).query());
        assertThat(agenda.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previewItem(robot, 1)).isEqualTo("1. " + THIRD);
        assertThat(previewItem(robot, 2)).isEqualTo("2. " + FIRST);
        assertThat(previewItem(robot, 3)).isEqualTo("3. " + SECOND);

        // mouse: drag the last item onto the first
        Node last = robot.lookup("#agenda-list .list-cell").nth(2).query();
        Node first = robot.lookup("#agenda-list .list-cell").nth(0).query();
        robot.drag(last).dropTo(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(previewItem(robot, 1)).isEqualTo("1. " + SECOND);
        assertThat(previewItem(robot, 2)).isEqualTo("2. " + THIRD);
        assertThat(previewItem(robot, 3)).isEqualTo("3. " + FIRST);
        // the approval block names the chair of the year's composition
        assertThat(robot.lookup("#agenda-page .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("Е.Н.\u00a0Сорокина"));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !services.meetings().list().isEmpty());
        Meeting saved = services.meetings().get(services.meetings().list().get(0).id());
        assertThat(saved.items()).extracting(AgendaItem::title).containsExactly(SECOND, THIRD, FIRST);
        assertThat(saved.date()).isAfter(LocalDate.now());
    }
}
