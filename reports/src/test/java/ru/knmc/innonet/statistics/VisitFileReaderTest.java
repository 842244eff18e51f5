package ru.knmc.innonet.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.UserException;

class VisitFileReaderTest {
    static final String BOM = "\uFEFF";
    static final String METRICA = BOM
            + "\"Интервал дат визита\",\"Визиты\",\"Посетители\",\"Просмотры\",\"Доля новых посетителей\",\"Отказы\",\"Глубина просмотра\",\"Время на сайте\",\"Роботность\"\n"
            + "\"Итого и средние\",\"9000\",\"2500\",\"36000\",\"0.8\",\"0.2\",\"4\",\"00:03:05\",\"0.01\"\n"
            + "\"2018-01-01 - 2018-01-31\",\"3000\",\"1200\",\"12000\",\"0.75\",\"0.25\",\"4\",\"00:02:10\",\"0.01\"\n"
            + "\"2018-02-01 - 2018-02-28\",\"3000\",\"1100\",\"12000\",\"0.7\",\"0.2\",\"4\",\"00:03:00\",\"0.01\"\n"
            + "\"2018-03-01 - 2018-03-31\",\"3000\",\"1000\",\"12000\",\"0.9\",\"0.15\",\"4\",\"00:04:00\",\"0.01\"\n";

    @TempDir
    Path dir;
    final VisitFileReader reader = new VisitFileReader();

    Path write(String name, String text, Charset cs) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    @Test
    void metricaCsvWithBomTotalsRowAndPeriodInTheName() throws Exception {
        VisitFile f = reader.read(write("visits_2018-01-01_2018-03-31.csv", METRICA, StandardCharsets.UTF_8));
        assertThat(f.source()).isEqualTo(VisitSource.METRICA);
        assertThat(f.start()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(f.end()).isEqualTo(LocalDate.of(2018, 3, 31));
        // the totals row, not the sum of the months: unique visitors over a quarter are fewer than 1200+1100+1000
        assertThat(f.total().visitors()).isEqualTo(2500);
        assertThat(f.total().visits()).isEqualTo(9000);
        assertThat(f.total().newVisitors()).isEqualTo(2000);
        assertThat(f.total().avgSeconds()).isEqualTo(185);
        assertThat(f.rows()).hasSize(3);
        assertThat(f.rows().get(1).start()).isEqualTo(LocalDate.of(2018, 2, 1));
        assertThat(f.rows().get(1).end()).isEqualTo(LocalDate.of(2018, 2, 28));
        assertThat(f.rows().get(0).figures().newVisitors()).isEqualTo(900);
        assertThat(f.rows().get(0).figures().bounceRate()).isEqualByComparingTo("0.25");
        assertThat(f.ignoredColumns()).containsExactly("Роботность");
    }

    @Test
    void numbersEditedByAPersonAreRead() throws Exception {
        String text = "Дата визита;Визиты;Посетители;Просмотры;Доля новых посетителей;Отказы\n"
                + "Итого и средние;\"1 234\";\"1\u00a0000\";\"5\u202f000\";\"74,5 %\";\"12,5%\"\n"
                + "01.02.2018;\"1 234\";1000;5000;74.5;0,125\n";
        VisitFile f = reader.read(write("day.csv", text, StandardCharsets.UTF_8));
        assertThat(f.total().visits()).isEqualTo(1234);
        assertThat(f.total().visitors()).isEqualTo(1000);
        assertThat(f.total().pageViews()).isEqualTo(5000);
        assertThat(f.total().newVisitors()).isEqualTo(745);
        assertThat(f.total().bounceRate()).isEqualByComparingTo("0.125");
        assertThat(f.rows()).singleElement().satisfies(r -> {
            assertThat(r.start()).isEqualTo(LocalDate.of(2018, 2, 1));
            assertThat(r.figures().newVisitors()).isEqualTo(745);
            assertThat(r.figures().bounceRate()).isEqualByComparingTo("0.125");
        });
        assertThat(f.start()).isEqualTo(LocalDate.of(2018, 2, 1));
    }

    @Test
    void aUnicodeMinusInACountIsRefusedNamingRowAndColumn() throws Exception {
        String text = METRICA.replace("\"3000\",\"1100\"", "\"\u22123000\",\"1100\"");
        assertThatThrownBy(() -> reader.read(write("visits_2018-01-01_2018-03-31.csv", text, StandardCharsets.UTF_8)))
                .isInstanceOf(UserException.class).hasMessageContaining("visits_2018-01-01_2018-03-31.csv")
                .hasMessageContaining("строка 4").hasMessageContaining("«Визиты»");
    }

    @Test
    void windows1251WithSemicolonsIsReadToo() throws Exception {
        String text = "Месяц визита;Визиты;Посетители;Просмотры\nИтого и средние;300;120;900\n2017-05;300;120;900\n";
        VisitFile f = reader.read(write("may.csv", text, Charset.forName("windows-1251")));
        assertThat(f.total().visits()).isEqualTo(300);
        assertThat(f.start()).isEqualTo(LocalDate.of(2017, 5, 1));
        assertThat(f.end()).isEqualTo(LocalDate.of(2017, 5, 31));
    }

    @Test
    void aMissingColumnIsAnErrorNamingIt() throws Exception {
        String text = "\"Интервал дат визита\",\"Визиты\",\"Посетители\"\n\"2018-01-01 - 2018-01-31\",\"3\",\"2\"\n";
        assertThatThrownBy(() -> reader.read(write("v.csv", text, StandardCharsets.UTF_8)))
                .isInstanceOf(UserException.class).hasMessageContaining("v.csv").hasMessageContaining("Просмотры");
    }

    @Test
    void aFileOfAnotherReportTypeIsRefused() throws Exception {
        String text = BOM + "\"Источник трафика\",\"Визиты\",\"Посетители\"\n\"Итого и средние\",\"10\",\"5\"\n\"Прямые заходы\",\"10\",\"5\"\n";
        assertThatThrownBy(() -> reader.read(write("sources.csv", text, StandardCharsets.UTF_8)))
                .isInstanceOf(UserException.class).hasMessageContaining("sources.csv")
                .hasMessageContaining("Интервал дат визита").hasMessageContaining("Источник трафика");
    }

    @Test
    void ga4CsvWithCommentLinesAndTwoTables() throws Exception {
        String text = "# ----------------------------------------\n# Traffic acquisition\n# Account: KNMC\n"
                + "# Start date: 20180101\n# End date: 20180131\n# ----------------------------------------\n\n"
                + "Date,Sessions,Total users,New users,Views\n20180101,10,8,6,40\n20180102,20,15,10,60\n\n"
                + "Sessions,Total users,New users,Views\n30,19,16,100\n";
        VisitFile f = reader.read(write("ga4.csv", text, StandardCharsets.UTF_8));
        assertThat(f.source()).isEqualTo(VisitSource.GA4);
        assertThat(f.start()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(f.end()).isEqualTo(LocalDate.of(2018, 1, 31));
        assertThat(f.rows()).hasSize(2);
        assertThat(f.total().visitors()).isEqualTo(19);
        assertThat(f.total().visits()).isEqualTo(30);
        assertThat(f.total().newVisitors()).isEqualTo(16);
    }

    @Test
    void ga4WithRussianHeadersAndNoTotalsSumsTheAdditiveFigures() throws Exception {
        String text = "# Дата начала: 20180301\n# Дата окончания: 20180331\n\n"
                + "Дата,Сеансы,Пользователи,Новые пользователи,Просмотры\n20180301,10,8,6,40\n20180302,20,15,10,60\n";
        VisitFile f = reader.read(write("ga4-ru.csv", text, StandardCharsets.UTF_8));
        assertThat(f.total().visits()).isEqualTo(30);
        assertThat(f.total().pageViews()).isEqualTo(100);
        assertThat(f.total().visitors()).isNull();
    }

    @Test
    void metricaXlsx() throws Exception {
        Path p = dir.resolve("visits_2018-01-01_2018-02-28.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Посещаемость");
            Object[][] rows = {
                {"Интервал дат визита", "Визиты", "Посетители", "Просмотры", "Доля новых посетителей", "Время на сайте"},
                {"Итого и средние", 500d, 210d, 2000d, 0.5, "00:01:00"},
                {"2018-01-01 - 2018-01-31", 250d, 120d, 1000d, 0.5, "00:01:00"},
                {"2018-02-01 - 2018-02-28", 250d, 110d, 1000d, 0.5, "00:01:00"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        VisitFile f = reader.read(p);
        assertThat(f.total().visitors()).isEqualTo(210);
        assertThat(f.total().newVisitors()).isEqualTo(105);
        assertThat(f.rows()).hasSize(2);
        assertThat(f.end()).isEqualTo(LocalDate.of(2018, 2, 28));
    }

    @Test
    void aRowOutsideThePeriodOfTheNameIsRefused() throws Exception {
        assertThatThrownBy(() -> reader.read(write("visits_2018-01-01_2018-02-28.csv", METRICA, StandardCharsets.UTF_8)))
                .isInstanceOf(UserException.class).hasMessageContaining("01.03.2018");
    }

    @Test
    void aBinaryFileIsNotACsv() throws Exception {
        Path p = dir.resolve("v.csv");
        Files.write(p, new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(UserException.class).hasMessageContaining("v.csv");
    }
}
