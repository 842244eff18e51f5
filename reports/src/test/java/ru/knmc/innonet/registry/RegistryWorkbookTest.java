package ru.knmc.innonet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.Messages;

class RegistryWorkbookTest {
    private static final LocalDate ON = LocalDate.of(2018, 5, 15);
    private static final List<RegistryColumn> COLUMNS = List.of(RegistryColumn.NUMBER, RegistryColumn.SHORT_NAME,
            RegistryColumn.STATUS_END, RegistryColumn.STATUSES, RegistryColumn.PROJECT_TOPIC, RegistryColumn.STATUS_START,
            RegistryColumn.SUPERVISOR, RegistryColumn.TYPE, RegistryColumn.ARCHIVED, RegistryColumn.ORDER);

    @TempDir
    Path dir;
    private final ExportFixture f = new ExportFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void writesTheChosenColumnsOfTheFilteredRowsInTheirOrderWithEveryValue() throws IOException {
        List<RegistryEntry> all = f.load();
        RegistryFilter filter = new RegistryFilter("", null, null, f.mip.id(), null, ON, false);
        List<RegistryEntry> rows = filter.apply(all).stream()
                .sorted(Comparator.comparing((RegistryEntry e) -> e.organization().shortName()).reversed()).toList();
        assertThat(rows).hasSize(3).hasSizeLessThan(all.size());
        String caption = RegistryWorkbook.caption(ON, "МИП");
        Path out = dir.resolve("реестр.xlsx");

        int written = RegistryWorkbook.write(out, COLUMNS, rows, ON, caption);

        assertThat(written).isEqualTo(3);
        assertThat(caption).isEqualTo("Реестр инновационной инфраструктуры на 15.05.2018, фильтр: МИП");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet sheet = wb.getSheet(Messages.get("export.registry.sheet"));
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(caption);
            Row header = sheet.getRow(1);
            assertThat(header.getLastCellNum()).isEqualTo((short) COLUMNS.size());
            for (int c = 0; c < COLUMNS.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(COLUMNS.get(c).title());
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + rows.size());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < COLUMNS.size(); c++) {
                    assertCell(sheet.getRow(2 + r).getCell(c), COLUMNS.get(c).value(rows.get(r), ON));
                }
            }
            // the fixture gives each kind of value at least once
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(column(sheet, 0, rows.size())).contains("12/1", 23.0, 5.0);

            XSSFCellStyle headerStyle = (XSSFCellStyle) header.getCell(0).getCellStyle();
            assertThat(headerStyle.getFont().getBold()).isTrue();
            assertThat(headerStyle.getWrapText()).isTrue();
            assertThat(headerStyle.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:J5");
            for (int c = 0; c < COLUMNS.size(); c++) {
                assertThat(sheet.getColumnWidth(c)).as("width of " + COLUMNS.get(c))
                        .isBetween((RegistryWorkbook.MIN_WIDTH + 2) * 256, (RegistryWorkbook.MAX_WIDTH + 2) * 256);
            }
            // the long topic caps its column and wraps there; short text stays on one line
            int topic = COLUMNS.indexOf(RegistryColumn.PROJECT_TOPIC);
            assertThat(sheet.getColumnWidth(topic)).isEqualTo((RegistryWorkbook.MAX_WIDTH + 2) * 256);
            assertThat(sheet.getRow(2).getCell(topic).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getWrapText()).isFalse();
        }
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void withoutCaptionTheHeaderIsTheFirstRow() throws IOException {
        List<RegistryEntry> rows = f.load();
        Path out = dir.resolve("all.xlsx");
        RegistryWorkbook.write(out, RegistryColumn.defaults(), rows, null, null);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(RegistryColumn.SHORT_NAME.title());
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < RegistryColumn.defaults().size(); c++) {
                    assertCell(sheet.getRow(1 + r).getCell(c), RegistryColumn.defaults().get(c).value(rows.get(r), null));
                }
            }
        }
    }

    @Test
    void fiveThousandRowsOfAllColumns() throws IOException {
        List<RegistryEntry> rows = synthetic(5_000);
        List<RegistryColumn> columns = List.of(RegistryColumn.values());
        Path out = dir.resolve("big.xlsx");
        long start = System.nanoTime();
        int written = RegistryWorkbook.write(out, columns, rows, ON, RegistryWorkbook.caption(ON, null));
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("RegistryWorkbook: %d rows x %d columns in %d ms, %d KB%n",
                written, columns.size(), ms, Files.size(out) / 1024);
        assertThat(written).isEqualTo(5_000);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 5_000);
            for (int r : new int[] {0, 2_345, 4_999}) {
                for (int c = 0; c < columns.size(); c++) {
                    assertCell(sheet.getRow(2 + r).getCell(c), columns.get(c).value(rows.get(r), ON));
                }
            }
        }
    }

    /** Equal to what the table shows: text as text, dates as dates, numbers as numbers, nothing as blank. */
    static void assertCell(Cell cell, Object expected) {
        String where = cell == null ? "missing cell" : cell.getAddress().formatAsString();
        if (expected == null || "".equals(expected)) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(where).isTrue();
        } else if (expected instanceof LocalDate d) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isTrue();
            assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("dd.mm.yyyy");
            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where).isEqualTo(d);
        } else if (expected instanceof Integer i) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell)).as(where).isFalse();
            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(i.doubleValue());
        } else {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected);
        }
    }

    private static List<Object> column(XSSFSheet sheet, int c, int rows) {
        List<Object> values = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            Cell cell = sheet.getRow(2 + r).getCell(c);
            values.add(cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
        }
        return values;
    }

    /** Rows built in memory: the database is not what this test measures. */
    static List<RegistryEntry> synthetic(int n) {
        List<RegistryEntry> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String number = i % 7 == 0 ? i + "/1" : String.valueOf(i);
            Organization o = new Organization((long) i, OrgType.values()[i % 5], "МБОУ", "СОШ", number, null,
                    "муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № " + number,
                    "МБОУ СОШ № " + number, 1L, "г. Краснодар, ул. Красная, " + i, "Петров Пётр Петрович",
                    "+7 861 255-" + i, "school" + i + "@kubannet.ru", "https://school" + i + ".ru", i % 50 == 0, 0);
            LocalDate start = LocalDate.of(2015 + i % 5, 9, 1);
            List<StatusBrief> statuses = List.of(
                    new StatusBrief(i, 1, "MIP", "МИП", ExportFixture.LONG_TOPIC + " " + i, 1L, "Цифровая среда",
                            start, i % 3 == 0 ? null : start.plusYears(3).minusDays(1), "от 22.08.2017 № 1394",
                            1L, "Иванова И.П., к.п.н.", "КубГУ", Outcome.ACTIVE));
            rows.add(new RegistryEntry(o, "Краснодар", statuses, ""));
        }
        return rows;
    }
}
