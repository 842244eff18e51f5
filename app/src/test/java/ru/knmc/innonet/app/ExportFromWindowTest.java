package ru.knmc.innonet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.demo.DemoLoader;
import ru.knmc.innonet.demo.ProgressListener;
import ru.knmc.innonet.registry.RegistryColumn;
import ru.knmc.innonet.registry.RegistryEntry;
import ru.knmc.innonet.registry.RegistryView;

/**
 * «Экспорт в Excel…» writes the table as the window shows it: the visible columns in their order, the
 * rows left by the search, filters and sorting, the values of the cells.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFromWindowTest {
    private static Services services;
    private RegistryView view;
    private Stage stage;

    /** The demo database is built once, off the FX thread: built in {@code @Start} it would hold up the window's set-up. */
    @BeforeAll
    static void demoDatabase() {
        Database db = Database.open(DatabaseLocation.inMemory("export" + System.nanoTime()));
        DemoLoader.load(db, ProgressListener.NONE);
        services = new Services(db);
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        this.stage = stage;
        Workbench workbench = new Workbench(new AppHome(java.nio.file.Files.createTempDirectory("innonet-test")), services, new FxBackground(), () -> stage);
        var window = workbench.build();
        window.show("registry");
        view = workbench.registryView();
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void theWorkbookHoldsExactlyWhatTheTableShows(FxRobot robot, @TempDir Path dir) throws Exception {
        TableView<RegistryEntry> table = view.table();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 155);
        robot.clickOn("#registry-search").write("гимназия");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() < 155 && !table.getItems().isEmpty());
        robot.interact(() -> {
            view.viewModel().activeOnEnabledProperty().set(true);
            view.viewModel().activeOnProperty().set(LocalDate.of(2018, 3, 1));
            TableColumn<RegistryEntry, ?> number = column(table, RegistryColumn.NUMBER);
            number.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(number);
            column(table, RegistryColumn.MUNICIPALITY).setVisible(false);
            column(table, RegistryColumn.STATUS_START).setVisible(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<RegistryColumn> columns = view.visibleColumns();
        List<RegistryEntry> rows = view.shownRows();
        assertThat(columns).contains(RegistryColumn.STATUS_START).doesNotContain(RegistryColumn.MUNICIPALITY);
        assertThat(rows).hasSizeGreaterThan(3);

        Path out = dir.resolve("реестр.xlsx");
        robot.interact(() -> RegistryActions.exportTo(view, new FxBackground(), stage, out));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);

        LocalDate date = LocalDate.of(2018, 3, 1);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int header = findHeader(sheet, columns.get(0).title());
            List<String> titles = new ArrayList<>();
            sheet.getRow(header).forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).containsExactlyElementsOf(columns.stream().map(RegistryColumn::title).toList());
            assertThat(sheet.getLastRowNum() - header).isEqualTo(rows.size());
            DataFormatter formatter = new DataFormatter();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(header + 1 + r);
                for (int c = 0; c < columns.size(); c++) {
                    Object expected = columns.get(c).value(rows.get(r), date);
                    Cell cell = row.getCell(c);
                    String where = "row " + (r + 1) + ", " + columns.get(c).title();
                    if (expected == null || "".equals(expected)) {
                        assertThat(cell == null || formatter.formatCellValue(cell).isEmpty()).as(where).isTrue();
                    } else if (expected instanceof LocalDate d) {
                        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where).isEqualTo(d);
                    } else if (expected instanceof Integer n) {
                        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                        assertThat((int) cell.getNumericCellValue()).as(where).isEqualTo(n);
                    } else {
                        assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected);
                    }
                }
            }
        }
    }

    private static TableColumn<RegistryEntry, ?> column(TableView<RegistryEntry> table, RegistryColumn which) {
        return table.getColumns().stream().filter(c -> c.getUserData() == which).findFirst().orElseThrow();
    }

    private static int findHeader(Sheet sheet, String firstTitle) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && firstTitle.equals(c.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row starting with " + firstTitle);
    }
}
