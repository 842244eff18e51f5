package ru.knmc.innonet.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.OrgType;

class CsvTableReaderTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private final TableReader reader = new TableReader();
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text.getBytes(cs));
    }

    @Test
    void windows1251WithoutBomAndSemicolons() throws IOException {
        Path file = write("реестр.csv", "Наименование ОО;Тип;Руководитель\r\nМБОУ СОШ № 23;СОШ;Иванова Ёлка Ивановна\r\n"
                + "МАДОУ д/с № 5;ДОО;Петрова Анна Петровна\r\n", CP1251);
        RawTable t = reader.read(file);
        assertThat(t.fileName()).isEqualTo("реестр.csv");
        assertThat(t.formatDescription()).isEqualTo("CSV, кодировка Windows-1251, разделитель «;»");
        assertThat(t.headerRowNumber()).isEqualTo(1);
        assertThat(t.headers()).containsExactly("Наименование ОО", "Тип", "Руководитель");
        assertThat(t.rows()).extracting(RawRow::rowNumber).containsExactly(2, 3);
        assertThat(t.rows().get(0).cells()).containsExactly("МБОУ СОШ № 23", "СОШ", "Иванова Ёлка Ивановна");
    }

    @Test
    void utf8WithBomAndCommasAndQuotes() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("Наименование,Адрес,E-mail\n\"МБОУ СОШ № 23\",\"г. Краснодар, ул. Красная, 1\",s23@mail.ru\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        RawTable t = reader.read(write("list.csv", all));
        assertThat(t.formatDescription()).isEqualTo("CSV, кодировка UTF-8 (с меткой BOM), разделитель «,»");
        assertThat(t.headers()).containsExactly("Наименование", "Адрес", "E-mail");
        assertThat(t.rows().get(0).cells()).containsExactly("МБОУ СОШ № 23", "г. Краснодар, ул. Красная, 1", "s23@mail.ru");
    }

    @Test
    void utf8WithoutBomTabSeparatedTitleAboveHeaderAndBlankLines() throws IOException {
        String text = "Реестр МИП на 2018 год\n\nНаименование\tСтатус\tПриказ\n\n"
                + "МБОУ  СОШ\u00A0№ 23\tМИП\t№ 1394 от 22.08.2017\n";
        RawTable t = reader.read(write("mip.tsv", text, StandardCharsets.UTF_8));
        assertThat(t.formatDescription()).isEqualTo("CSV, кодировка UTF-8, разделитель «табуляция»");
        assertThat(t.headerRowNumber()).isEqualTo(3);
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(5);
            assertThat(r.cells()).containsExactly("МБОУ СОШ № 23", "МИП", "№ 1394 от 22.08.2017");
        });
    }

    @Test
    void rowsAreNumberedByTheLineTheyStartOn() throws IOException {
        String text = "Наименование;Адрес\n\"МБОУ СОШ № 1\";\"ул. Длинная,\nд. 1\"\nМБОУ СОШ № 2;ул. Короткая\n";
        RawTable t = reader.read(write("multi.csv", text, StandardCharsets.UTF_8));
        assertThat(t.rows()).extracting(RawRow::rowNumber).containsExactly(2, 4);
        assertThat(t.rows().get(0).cell(1)).isEqualTo("ул. Длинная, д. 1");
    }

    @Test
    void mixedSeparatorsAreReportedByRow() throws IOException {
        String text = "Наименование;Тип;Район\nМБОУ СОШ № 1;СОШ;Краснодар\nМБОУ СОШ № 2,СОШ,Краснодар\n"
                + "МБОУ СОШ № 3;СОШ;Краснодар\nМБОУ СОШ № 4,СОШ,Краснодар\n";
        Path file = write("смесь.csv", text, CP1251);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UserException.class)
                .hasMessageContaining("Файл «смесь.csv»: в строках 3, 5 иное число столбцов")
                .hasMessageContaining("разделитель «;», столбцов 3");
    }

    @Test
    void extraFilledCellsAreReportedToo() throws IOException {
        Path file = write("лишнее.csv", "Наименование;Тип\nМБОУ СОШ № 1;СОШ;лишнее\nМБОУ СОШ № 2;СОШ;\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("в строках 2 иное число столбцов");
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = write("пусто.csv", new byte[0]);
        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(UserException.class)
                .hasMessage("Файл «пусто.csv» пуст: в нём нет ни одной заполненной строки.");
        Path blank = write("пробелы.csv", " ;; \r\n\r\n;;\r\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(blank)).hasMessageContaining("«пробелы.csv» пуст");
    }

    @Test
    void headerOnlyGivesNoRowsAndTheParserSaysSo() throws IOException {
        RawTable t = reader.read(write("заголовок.csv", "Наименование;Тип\r\n", CP1251));
        assertThat(t.rows()).isEmpty();
        assertThat(OrganizationRowParser.parse(t).problems()).extracting(ImportProblem::toString)
                .containsExactly("Файл «заголовок.csv»: в файле нет строк с данными (есть только заголовок).");
    }

    @Test
    void missingRequiredColumnNamesFileAndColumns() throws IOException {
        RawTable t = reader.read(write("без имени.csv", "Тип;Район;Телефон\nСОШ;Краснодар;1\n", StandardCharsets.UTF_8));
        assertThat(OrganizationRowParser.parse(t).problems()).extracting(ImportProblem::toString).singleElement()
                .asString().isEqualTo("Файл «без имени.csv»: нет обязательного столбца с наименованием организации "
                        + "(«Полное наименование» или «Краткое наименование»). Столбцы в файле: «Тип», «Район», «Телефон».");
    }

    @Test
    void binaryFileIsNotText() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = write("картинка.csv", png);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("Файл «картинка.csv» не является текстовым файлом CSV");
    }

    @Test
    void unclosedQuoteNamesTheLine() throws IOException {
        Path file = write("кавычка.csv", "Наименование;Тип\nМБОУ СОШ № 1;СОШ\n\"МБОУ СОШ № 2;СОШ\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("«кавычка.csv»")
                .hasMessageContaining("около строки 3");
    }

    @Test
    void missingDirectoryAndUnsupportedFiles() throws IOException {
        Path missing = dir.resolve("нет такого.csv");
        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(UserException.class)
                .hasMessage("Файл «" + missing + "» не найден. Проверьте путь и имя файла.");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("это папка, а не файл");
        Path doc = write("отчёт.docx", "x", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(doc)).hasMessageContaining("Файл «отчёт.docx»: такой формат не поддерживается");
    }

    @Test
    void tenThousandRowsReadAndParse() throws IOException {
        StringBuilder sb = new StringBuilder("Наименование;Тип;Район;E-mail;Статус;Приказ;Срок\r\n");
        for (int i = 1; i <= 10_000; i++) {
            sb.append("МБОУ СОШ № ").append(i).append(";СОШ;г. Краснодар;school").append(i)
                    .append("@kubannet.ru;МИП;№ ").append(i).append(" от 22.08.2017;2017–2020\r\n");
        }
        Path file = write("большой.csv", sb.toString(), CP1251);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        RawTable t = reader.read(file);
        Duration read = Duration.ofNanos(threads.getCurrentThreadCpuTime() - started);
        ImportPlan plan = OrganizationRowParser.parse(t);
        Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - started);
        // Printed, not asserted: speed is measured by benchmarks, never by timed tests.
        System.out.printf("CsvTableReader: 10 000 rows read in %d ms, read and parsed in %d ms (CPU)%n",
                read.toMillis(), took.toMillis());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).hasSize(10_000);
        ImportRow last = plan.rows().get(9_999);
        assertThat(last.rowNumber()).isEqualTo(10_001);
        assertThat(last.type()).isEqualTo(OrgType.GENERAL);
        assertThat(last.status().orderDate()).isEqualTo(LocalDate.of(2017, 8, 22));
    }

    @Test
    void datesInThreeFormatsAndOrderInOneCell() throws IOException {
        String text = "Наименование;Статус;Приказ;Начало;Окончание\n"
                + "МБОУ СОШ № 1;МИП;№ 1394 от 22.08.2017;01.09.2017;31 августа 2020 г.\n"
                + "МБОУ СОШ № 2;КИП;от 2017-08-22 № 15;2017-09-01;31.8.20\n";
        ImportPlan plan = OrganizationRowParser.parse(reader.read(write("даты.csv", text, StandardCharsets.UTF_8)));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).extracting(r -> r.status().orderNumber()).containsExactly("1394", "15");
        assertThat(plan.rows()).extracting(r -> r.status().end()).containsOnly(LocalDate.of(2020, 8, 31));
        assertThat(plan.rows()).extracting(r -> r.status().start()).containsOnly(LocalDate.of(2017, 9, 1));
        assertThat(plan.unknownColumns()).isEqualTo(List.of());
    }
}
