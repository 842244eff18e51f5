package ru.knmc.innonet.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.OrgType;

class ExcelTableReaderTest {
    private final TableReader reader = new TableReader();
    @TempDir
    Path dir;

    private Path save(Workbook book, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); book) {
            book.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }

    /** The centre's typical list: a merged title above the header, a merged district, numbers, dates, formulas. */
    private Path typicalList() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("МИП");
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
        row(sheet, 0, "Реестр муниципальных инновационных площадок на 2018 год");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
        row(sheet, 2, "№ п/п", "Наименование ОО", "Тип ОО", "Номер", "Район", "Статус", "Приказ", "Начало", "Окончание",
                "Телефон");
        row(sheet, 3, 1, "МБОУ СОШ № 23", "СОШ", 23, "г. Краснодар", "МИП", "№ 1394 от 22.08.2017", null, null, 88612345678L);
        sheet.getRow(3).createCell(7).setCellValue(LocalDate.of(2017, 9, 1));
        sheet.getRow(3).getCell(7).setCellStyle(date);
        sheet.getRow(3).createCell(8).setCellFormula("DATE(2020,8,31)");
        sheet.getRow(3).getCell(8).setCellStyle(date);
        row(sheet, 4, 2, "Детский\u00A0сад  «Радуга»", "ДОО", 7, null, "КИП", "1394 от 22.08.2017 г.", "01.09.2017",
                "2020-08-31", "8 (861) 234-56-78");
        sheet.addMergedRegion(new CellRangeAddress(3, 4, 4, 4));
        row(sheet, 6, 3, "ДДТ «Родник»", "УДО", "№ 3", "Выселковский район", "ФИП", "от 22.08.2017 № 1394",
                "1 сентября 2017 г.", 44074);
        book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return save(book, "реестр МИП.xlsx");
    }

    @Test
    void readsTitleMergedCellsNumbersDatesAndFormulas() throws IOException {
        RawTable t = reader.read(typicalList());
        assertThat(t.formatDescription()).isEqualTo("Excel (xlsx), лист «МИП», заголовок в строке 3");
        assertThat(t.headerRowNumber()).isEqualTo(3);
        assertThat(t.headers()).startsWith("№ п/п", "Наименование ОО", "Тип ОО", "Номер");
        assertThat(t.rows()).extracting(RawRow::rowNumber).containsExactly(4, 5, 7);
        assertThat(t.rows().get(0).cells()).containsExactly("1", "МБОУ СОШ № 23", "СОШ", "23", "г. Краснодар", "МИП",
                "№ 1394 от 22.08.2017", "01.09.2017", "31.08.2020", "88612345678");
        assertThat(t.rows().get(1).cell(1)).isEqualTo("Детский сад «Радуга»");
        assertThat(t.rows().get(1).cell(4)).as("merged district").isEqualTo("г. Краснодар");
    }

    @Test
    void typicalListBecomesAPlan() throws IOException {
        ImportPlan plan = OrganizationRowParser.parse(reader.read(typicalList()));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.unknownColumns()).containsExactly("№ п/п");
        assertThat(plan.rows()).extracting(ImportRow::number).containsExactly("23", "7", "3");
        assertThat(plan.rows()).extracting(ImportRow::type)
                .containsExactly(OrgType.GENERAL, OrgType.PRESCHOOL, OrgType.ADDITIONAL);
        assertThat(plan.rows()).extracting(ImportRow::municipality)
                .containsExactly("Краснодар", "Краснодар", "Выселковский район");
        assertThat(plan.rows()).extracting(r -> r.status().statusCode()).containsExactly("MIP", "KIP", "FIP");
        assertThat(plan.rows()).extracting(r -> r.status().orderNumber()).containsOnly("1394");
        assertThat(plan.rows()).extracting(r -> r.status().orderDate()).containsOnly(LocalDate.of(2017, 8, 22));
        assertThat(plan.rows()).extracting(r -> r.status().start()).containsOnly(LocalDate.of(2017, 9, 1));
        assertThat(plan.rows()).extracting(r -> r.status().end()).containsOnly(LocalDate.of(2020, 8, 31));
    }

    @Test
    void headerOnly() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        row(book.createSheet("Лист1"), 0, "Наименование", "Тип", "Статус");
        RawTable t = reader.read(save(book, "шапка.xlsx"));
        assertThat(t.rows()).isEmpty();
        assertThat(OrganizationRowParser.parse(t).problems()).extracting(ImportProblem::toString)
                .containsExactly("Файл «шапка.xlsx»: в файле нет строк с данными (есть только заголовок).");
    }

    @Test
    void firstNonEmptySheetIsRead() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        book.createSheet("Пусто");
        Sheet data = book.createSheet("Данные");
        row(data, 0, "Краткое наименование", "Тип");
        row(data, 1, "МБОУ СОШ № 1", "СОШ");
        RawTable t = reader.read(save(book, "два листа.xlsx"));
        assertThat(t.formatDescription()).contains("лист «Данные»");
        assertThat(t.rows()).hasSize(1);
    }

    @Test
    void oldXlsIsReadToo() throws IOException {
        HSSFWorkbook book = new HSSFWorkbook();
        Sheet sheet = book.createSheet("Реестр");
        row(sheet, 0, "Наименование", "Тип");
        row(sheet, 1, "МБОУ СОШ № 1", "СОШ");
        RawTable t = reader.read(save(book, "старый.xls"));
        assertThat(t.formatDescription()).isEqualTo("Excel (xls), лист «Реестр», заголовок в строке 1");
        assertThat(t.rows()).singleElement().extracting(RawRow::cells).asList().containsExactly("МБОУ СОШ № 1", "СОШ");
    }

    @Test
    void emptyWorkbookAndEmptyFile() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        book.createSheet("Лист1");
        Path emptyBook = save(book, "пустая книга.xlsx");
        assertThatThrownBy(() -> reader.read(emptyBook)).isInstanceOf(UserException.class)
                .hasMessage("Файл «пустая книга.xlsx» пуст: в нём нет ни одной заполненной строки.");
        Path zeroBytes = Files.write(dir.resolve("ноль.xlsx"), new byte[0]);
        assertThatThrownBy(() -> reader.read(zeroBytes)).hasMessageContaining("«ноль.xlsx» пуст");
    }

    @Test
    void binaryOrTextRenamedToXlsx() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(1).nextBytes(junk);
        Path binary = Files.write(dir.resolve("фото.xlsx"), junk);
        assertThatThrownBy(() -> reader.read(binary)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("Файл «фото.xlsx» не является книгой Excel");
        Path csv = Files.writeString(dir.resolve("список.xlsx"), "Наименование;Тип\n");
        assertThatThrownBy(() -> reader.read(csv)).hasMessageStartingWith("Файл «список.xlsx» не является книгой Excel");
        Path plainZip = dir.resolve("архив.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(plainZip))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> reader.read(plainZip)).hasMessageStartingWith("Файл «архив.xlsx» не является книгой Excel");
    }

    @Test
    void zipBombIsRefusedWithAClearMessage() throws IOException {
        Path bomb = new ImportFiles(dir).zipBomb("бомба.xlsx");
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("Файл «бомба.xlsx» отклонён: при распаковке он занял бы недопустимо много места");
    }

    @Test
    void tenThousandRowsRead() throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        Sheet sheet = book.createSheet("Реестр");
        row(sheet, 0, "Наименование", "Тип", "Район", "Статус", "Приказ", "Срок", "Телефон");
        for (int i = 1; i <= 10_000; i++) {
            row(sheet, i, "МБДОУ детский сад № " + i, "ДОО", "г. Краснодар", "МИП", "№ " + i + " от 22.08.2017",
                    "2018-2021", 88612000000L + i);
        }
        Path file = save(book, "большой.xlsx");
        book.dispose();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        RawTable t = reader.read(file);
        Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - started);
        // Printed, not asserted: speed is measured by benchmarks, never by timed tests.
        System.out.printf("ExcelTableReader: 10 000 rows read in %d ms (CPU)%n", took.toMillis());
        assertThat(t.rows()).hasSize(10_000);
        assertThat(t.rows().get(9_999).rowNumber()).isEqualTo(10_001);
        assertThat(t.rows().get(9_999).cell(6)).isEqualTo("88612010000");
    }
}
