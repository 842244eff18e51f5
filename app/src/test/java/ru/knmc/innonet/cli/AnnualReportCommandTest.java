package ru.knmc.innonet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code innonet report annual|workplan} on the demo database. */
class AnnualReportCommandTest {
    @TempDir
    static Path home;
    static String db;

    private static Cli.Result run(String... args) {
        return Cli.run(home, args);
    }

    @BeforeAll
    static void demo() {
        db = home.resolve("db").toString();
        assertThat(run("--db", db, "demo").status()).isZero();
    }

    @Test
    void annualWritesTheReportAndItsAnnexAndSaysWhatIsMissing() throws Exception {
        Path docx = home.resolve("отчёт 2017.docx");
        Path xlsx = home.resolve("приложение.xlsx");
        Cli.Result r = run("--db", db, "report", "annual", "--year", "2017", "--out", docx.toString(), "--annex", xlsx.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Отчёт КИП за 2017 год записан").contains("Не хватает данных: Нет плана работы КИП на 2017–2018");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals("6. Результативность"));
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void aYearWithoutTextIsBadInputAndAMissingOptionIsUsage() {
        Cli.Result none = run("--db", db, "report", "annual", "--year", "2030", "--out", home.resolve("x.docx").toString());
        assertThat(none.status()).isEqualTo(InnonetCommand.BAD_INPUT);
        assertThat(none.err()).contains("Текста отчёта за 2030 год нет");
        assertThat(run("--db", db, "report", "annual", "--year", "2017").status()).isEqualTo(InnonetCommand.USAGE);
    }

    @Test
    void workplanWritesTheAcademicYearsPlan() throws Exception {
        Path docx = home.resolve("план.docx");
        Cli.Result r = run("--db", db, "report", "workplan", "--year", "2018-2019", "--out", docx.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2018–2019");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().get(0).getText()).contains("Диагностическая деятельность", "Трансляционная деятельность");
        }
        assertThat(run("--db", db, "report", "workplan", "--year", "2030-2031", "--out", docx.toString()).status())
                .isEqualTo(InnonetCommand.BAD_INPUT);
    }
}
