package ru.knmc.innonet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;

/** The «Справочники» section driven as a person would: clicks, typing, dialogs, over a fresh database. */
@ExtendWith(ApplicationExtension.class)
class ReferenceViewTest {
    private Services services;
    private ReferenceService reference;
    private ReferenceView view;
    private Municipality krasnodar;
    private LegalOrder order1394;

    @Start
    void start(Stage stage) {
        services = new Services(Database.open(DatabaseLocation.inMemory("ref" + System.nanoTime())));
        reference = services.reference();
        krasnodar = reference.saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
        order1394 = reference.saveOrder(new LegalOrder(null, "1394", LocalDate.of(2017, 8, 22), "Департамент образования",
                IssuerLevel.LOCAL, "О формировании инновационной инфраструктуры", null, 0));
        reference.saveOrder(new LegalOrder(null, "1121", LocalDate.of(2018, 7, 20), "Департамент образования",
                IssuerLevel.LOCAL, "О присвоении статусов", null, 0));
        reference.saveOrder(new LegalOrder(null, "97", LocalDate.of(2019, 1, 15), "Министерство образования",
                IssuerLevel.REGIONAL, "Об краевых площадках", null, 0));
        AcademicYear y2017 = new AcademicYear(2017);
        reference.saveDirection(new Direction(null, y2017, Audience.ALL, "Профориентация", 1, order1394.id(), 0));
        reference.saveDirection(new Direction(null, y2017, Audience.PRESCHOOL, "Ранняя помощь", 2, null, 0));
        view = new ReferenceView(reference, Background.direct());
        stage.setScene(new Scene((Parent) view.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void addsStatusKindAndKeepsTheDialogOpenOnDuplicateCode(FxRobot robot) {
        robot.clickOn("#kinds-add");
        robot.clickOn("#kind-code").write("LAB");
        robot.clickOn("#kind-short-name").write("Лаборатория");
        robot.clickOn("#kind-full-name").write("инновационная лаборатория");
        robot.clickOn("#kind-save");
        assertThat(reference.statusKindByCode("LAB")).isPresent();
        assertThat(table(robot, "#kinds-table").getItems()).extracting(k -> ((StatusKind) k).shortName())
                .contains("Лаборатория");

        robot.clickOn("#kinds-table").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#kind-code").write("mip");
        robot.clickOn("#kind-short-name").write("Дубль");
        robot.clickOn("#kind-full-name").write("дубль");
        robot.clickOn("#kind-save");
        assertThat(robot.lookup("#kind-error").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("validation.statusKind.duplicate", "MIP"));
        assertThat(robot.lookup("#kind-save").tryQuery()).as("the dialog stays open").isPresent();
        robot.clickOn(Messages.get("button.cancel"));
        assertThat(reference.statusKinds()).extracting(StatusKind::shortName).doesNotContain("Дубль");
    }

    @Test
    void addsDirectionForTheNextYear(FxRobot robot) {
        robot.interact(() -> view.select(1));
        selectYear(robot, new AcademicYear(2018));
        robot.clickOn("#directions-add");
        robot.clickOn("#direction-title").write("Цифровая образовательная среда");
        robot.clickOn("#direction-save");
        assertThat(reference.directions(new AcademicYear(2018))).extracting(Direction::title)
                .containsExactly("Цифровая образовательная среда");
        assertThat(table(robot, "#directions-table").getItems()).extracting(d -> ((Direction) d).title())
                .containsExactly("Цифровая образовательная среда");
        assertThat(robot.lookup("#directions-year").queryAs(ComboBox.class).getItems())
                .as("the year after the latest is offered").contains(new AcademicYear(2019));
    }

    @Test
    void copiesThePreviousYearsDirectionsAfterConfirmation(FxRobot robot) {
        robot.interact(() -> view.select(1));
        selectYear(robot, new AcademicYear(2018));
        assertThat(table(robot, "#directions-table").getItems()).isEmpty();
        robot.clickOn("#directions-copy");
        robot.clickOn(Messages.get("reference.directions.copyYes"));
        assertThat(table(robot, "#directions-table").getItems()).extracting(d -> ((Direction) d).title())
                .containsExactly("Профориентация", "Ранняя помощь");
        assertThat(reference.directions(new AcademicYear(2018))).extracting(Direction::orderId)
                .containsExactly(order1394.id(), null);
        assertThat(robot.lookup("#directions-copy").queryAs(Button.class).isDisabled())
                .as("a filled year is not copied into again").isTrue();
    }

    @Test
    void negativeTotalIsRefusedWithTheMessageAndNotSaved(FxRobot robot) {
        robot.interact(() -> view.select(2));
        robot.doubleClickOn("#totals-new-year").write("2024");
        robot.clickOn("#totals-add-year");
        robot.clickOn("#total-2024-GENERAL").write("-5").type(KeyCode.ENTER);
        assertThat(robot.lookup("#totals-message").queryAs(Label.class).getText())
                .contains(Messages.get("validation.range", Fields.label("municipality", "total"), 0, 100_000));
        assertThat(reference.totals(krasnodar.id(), 2024)).isEmpty();

        robot.doubleClickOn("#total-2024-GENERAL").write("120").type(KeyCode.ENTER);
        assertThat(reference.totals(krasnodar.id(), 2024)).containsEntry(OrgType.GENERAL, 120);
        assertThat(robot.lookup("#totals-message").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void ordersAreNewestFirstAndTheSearchFiltersAsYouType(FxRobot robot) {
        robot.interact(() -> view.select(3));
        TableView<?> orders = table(robot, "#orders-table");
        assertThat(orders.getItems()).extracting(o -> ((LegalOrder) o).number()).containsExactly("97", "1121", "1394");
        robot.clickOn("#orders-search").write("139");
        assertThat(orders.getItems()).extracting(o -> ((LegalOrder) o).number()).containsExactly("1394");
        robot.eraseText(3).write("статус");
        assertThat(orders.getItems()).extracting(o -> ((LegalOrder) o).number()).containsExactly("1121");
        robot.eraseText(6).write("министерство");
        assertThat(orders.getItems()).extracting(o -> ((LegalOrder) o).number()).containsExactly("97");
    }

    @SuppressWarnings("unchecked")
    private void selectYear(FxRobot robot, AcademicYear year) {
        ComboBox<AcademicYear> box = robot.lookup("#directions-year").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(year));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<?> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
