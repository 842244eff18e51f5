package ru.knmc.innonet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** The registry as a person uses it: type to search, enter a bad field, assign a status. */
@ExtendWith(ApplicationExtension.class)
class RegistryWindowTest {
    private Services services;
    private Organization gymnasium;

    @Start
    void start(Stage stage) throws java.io.IOException {
        services = new Services(Database.open(DatabaseLocation.inMemory("window" + System.nanoTime())));
        var ref = services.reference();
        var krasnodar = ref.saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
        ref.saveOrder(new LegalOrder(null, "1394", LocalDate.of(2017, 8, 22), "Департамент образования",
                IssuerLevel.LOCAL, "О формировании и функционировании инновационной инфраструктуры", null, 0));
        gymnasium = save(OrgType.GENERAL, "МБОУ", "гимназия", "23", "МБОУ гимназия № 23", krasnodar);
        save(OrgType.GENERAL, "МБОУ", "СОШ", "48", "МБОУ СОШ № 48", krasnodar);
        save(OrgType.PRESCHOOL, "МБДОУ", "детский сад", "123", "МБДОУ детский сад № 123 «Сказка»", krasnodar);
        save(OrgType.ADDITIONAL, "МБУ ДО", "ДДТ", "23", "МБУ ДО ДДТ № 23", krasnodar);
        var window = new Workbench(new AppHome(java.nio.file.Files.createTempDirectory("innonet-test")), services, new FxBackground(), () -> stage).build();
        window.show("registry");
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/innonet.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Organization save(OrgType type, String form, String kind, String number, String name, Municipality m) {
        return services.organizations().save(new Organization(null, type, form, kind, number, null, name, name, m.id(),
                null, null, null, null, null, false, 0));
    }

    @AfterEach
    void closeDatabase() {
        services.close();
    }

    private TableView<RegistryEntry> table(FxRobot robot) {
        return robot.lookup("#registry-table").queryTableView();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingInTheSearchFieldFiltersTheTable(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#registry-search").write("гимназия №23");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).organization().shortName()).isEqualTo("МБОУ гимназия № 23");
        assertThat(robot.lookup("#registry-row-count").queryAs(Label.class).getText()).contains("1").contains("4");

        robot.doubleClickOn("#registry-search").eraseText(12).write("23");
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.eraseText(2).write("Сказка");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).organization().number()).isEqualTo("123");
    }

    @Test
    void anInvalidFieldShowsItsMessageAsItIsTyped(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#registry-new");
        waitUntil(() -> robot.lookup("#card-email").tryQuery().isPresent());
        robot.clickOn("#card-email").write("school23@");
        Label error = robot.lookup("#card-error-email").queryAs(Label.class);
        waitUntil(() -> error.isVisible());
        assertThat(error.getText()).contains("Электронная почта");
        robot.write("mail.ru");
        waitUntil(() -> !error.isVisible());
        robot.clickOn("#card-number").write("2x3");
        assertThat(robot.lookup("#card-error-number").queryAs(Label.class).getText()).contains("Номер");
        // saving is refused while a field is wrong: nothing new in the registry
        robot.clickOn("#card-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.organizations().all()).hasSize(4);
        closeAllCards(robot);
    }

    @Test
    void assigningAStatusShowsItInTheHistoryAndAnOverlapIsRefused(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#registry-search").write("гимназия 23");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.clickOn(".table-row-cell");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#card-assign").tryQuery().isPresent());
        robot.clickOn("История статусов");
        assign(robot);
        TableView<StatusRow> history = robot.lookup("#card-history").queryTableView();
        waitUntil(() -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).kind()).isEqualTo("МИП");
        assertThat(history.getItems().get(0).order()).contains("1394");
        assertThat(services.statuses().history(gymnasium.id())).hasSize(1);

        assign(robot);
        Label error = robot.lookup("#status-error").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("МИП").contains("пересекаться");
        assertThat(services.statuses().history(gymnasium.id())).hasSize(1);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        closeAllCards(robot);
    }

    @Test
    void aStatusEnteredWithATypoIsCorrectedThenDeleted(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#registry-search").write("гимназия 23");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.doubleClickOn(".table-row-cell");
        waitUntil(() -> robot.lookup("#card-assign").tryQuery().isPresent());
        robot.clickOn("История статусов");
        assign(robot);
        TableView<StatusRow> history = robot.lookup("#card-history").queryTableView();
        waitUntil(() -> history.getItems().size() == 1);

        robot.clickOn(robot.lookup("#card-history .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#card-edit-status");
        waitUntil(() -> robot.lookup("#status-topic").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#status-topic").queryAs(javafx.scene.control.TextArea.class)
                .setText("Ранняя профориентация дошкольников"));
        robot.clickOn("#status-save");
        waitUntil(() -> "Ранняя профориентация дошкольников".equals(history.getItems().get(0).assignment().projectTopic()));
        assertThat(services.statuses().history(gymnasium.id())).singleElement()
                .satisfies(a -> assertThat(a.projectTopic()).isEqualTo("Ранняя профориентация дошкольников"));

        robot.interact(() -> history.getSelectionModel().select(0));
        assertThat(robot.lookup("#card-delete-status").queryButton().isDisabled()).isFalse();
        robot.clickOn("#card-delete-status");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(
                (javafx.scene.control.Button b) -> b.getText().equals("Удалить")).queryButton());
        waitUntil(() -> history.getItems().isEmpty());
        assertThat(services.statuses().history(gymnasium.id())).isEmpty();
        closeAllCards(robot);
    }

    private void assign(FxRobot robot) throws Exception {
        robot.clickOn("#card-assign");
        waitUntil(() -> robot.lookup("#status-kind").tryQuery().isPresent());
        ComboBox<StatusKind> kind = robot.lookup("#status-kind").queryComboBox();
        ComboBox<LegalOrder> order = robot.lookup("#status-order").queryComboBox();
        robot.interact(() -> {
            kind.getSelectionModel().select(kind.getItems().stream().filter(k -> k.code().equals("MIP")).findFirst().orElseThrow());
            order.getSelectionModel().select(0);
        });
        robot.clickOn("#status-topic").write("Ранняя профориентация школьников");
        robot.clickOn("#status-save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeAllCards(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
    }
}
