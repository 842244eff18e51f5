package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.registry.Person;

/** Offline sheets: written, filled as an expert would, collected; and every bad case refused with nothing written. */
class ExpertSheetsRoundTripTest {
    private ContestFixture f;
    private OfflineSheets offline;
    private long contestId;
    private Person anna;
    private Person boris;
    @TempDir
    Path out;
    @TempDir
    Path back;

    @BeforeEach
    void setUp() {
        f = new ContestFixture(TestDatabases.h2());
        contestId = f.contest.id();
        anna = f.person("Аннова", null);
        boris = f.person("Борисов", null);
        f.group(Subsystem.GENERAL, anna, boris);
        f.contests.save(f.contests.get(contestId).withSettings(null, null, 2, 0.3, 0.5, 0.5));
        f.accepted(f.school(), Subsystem.GENERAL, "Первая тема");
        f.accepted(f.school(), Subsystem.GENERAL, "Вторая тема");
        AssignmentService a = new AssignmentService(f.db.dsl(), NetworkLinks.NONE);
        a.apply(a.preview(contestId));
        offline = new OfflineSheets(f.db.dsl());
    }

    @AfterEach
    void tearDown() {
        f.db.close();
    }

    private List<Path> writeAll() {
        return ExpertSheetWriter.writeAll(offline.packs(contestId), out);
    }

    private Path fileOf(List<Path> files, Person p) {
        return files.stream().filter(x -> x.getFileName().toString().endsWith("_" + p.id() + ".xlsx")).findFirst()
                .orElseThrow();
    }

    /** Fills every visible sheet of the workbook with {@code score} as the expert would in Excel. */
    private static void fill(Path file, Path to, int score) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                for (int r = 5; r < 12; r++) {
                    s.getRow(r).getCell(4).setCellValue(score);
                }
                s.getRow(14).getCell(2).setCellValue("Рекомендую");
                s.getRow(15).getCell(2).setCellValue("Хороший проект");
            }
            try (OutputStream os = Files.newOutputStream(to)) {
                wb.write(os);
            }
        }
    }

    private ExpertSheetReader.Result read() {
        return ExpertSheetReader.readFolder(back, id -> id == contestId ? f.contests.sheetSecret(id) : null);
    }

    private int scoredReviews() {
        return (int) f.reviews.list(contestId).stream().filter(ReviewService.Row::scored).count();
    }

    @Test
    void workbookIsProtectedValidatedAndCarriesHiddenIds() throws Exception {
        Path file = fileOf(writeAll(), anna);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetVisibility(0)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet s = wb.getSheetAt(1);
            assertThat(s.getProtect()).isTrue();
            assertThat(s.getRow(5).getCell(4).getCellStyle().getLocked()).isFalse();
            assertThat(s.getRow(5).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(s.getRow(5).getCell(2).getStringCellValue()).contains("0 — ").contains("3 — ");
            List<? extends DataValidation> v = s.getDataValidations();
            assertThat(v).anySatisfy(d -> {
                assertThat(d.getValidationConstraint().getFormula1()).isEqualTo("0");
                assertThat(d.getValidationConstraint().getFormula2()).isEqualTo("3");
            });
            assertThat(s.isColumnHidden(5)).isTrue();
        }
    }

    @Test
    void filledSheetsComeBackAndApplyAllAtOnce() throws Exception {
        List<Path> files = writeAll();
        fill(fileOf(files, anna), back.resolve("anna.xlsx"), 3);
        fill(fileOf(files, boris), back.resolve("boris.xlsx"), 2);
        ExpertSheetReader.Result r = read();
        assertThat(r.refusals()).isEmpty();
        assertThat(r.sheets()).hasSize(4);
        OfflineSheets.Check check = offline.check(contestId, r.sheets(), r.refusals());
        assertThat(check.acceptable()).isTrue();
        assertThat(check.changes()).allMatch(OfflineSheets.Change::changes);
        assertThat(offline.apply(contestId, r.sheets(), r.refusals())).isEqualTo(4);
        assertThat(scoredReviews()).isEqualTo(4);
        List<RankedApplication> ranking = new ResultsService(f.db.dsl()).results(contestId);
        assertThat(ranking).extracting(RankedApplication::score).containsExactly(17.5, 17.5);
        ScoreSheet one = f.reviews.sheet(f.reviews.list(contestId).get(0).reviewId());
        assertThat(one.conclusion()).isEqualTo(Conclusion.RECOMMEND);
        assertThat(one.comment()).isEqualTo("Хороший проект");
    }

    @Test
    void anotherExpertsSheetIsRefused() throws Exception {
        List<Path> files = writeAll();
        fill(fileOf(files, anna), back.resolve("anna.xlsx"), 3);
        // Boris's file, its manifest and signatures intact, but claiming to be Anna's: edit the expert id.
        Path boriss = back.resolve("boris.xlsx");
        fill(fileOf(files, boris), boriss, 2);
        editMeta(boriss, 1, 1, anna.id());
        assertRefusedWithNothingWritten("изменены");
    }

    @Test
    void aScoreOutOfRangeIsRefused() throws Exception {
        List<Path> files = writeAll();
        fill(fileOf(files, anna), back.resolve("anna.xlsx"), 5);
        assertRefusedWithNothingWritten("вне шкалы 0–3");
    }

    @Test
    void editedHiddenIdsAreRefused() throws Exception {
        fill(fileOf(writeAll(), anna), back.resolve("anna.xlsx"), 3);
        editMeta(back.resolve("anna.xlsx"), 2, 1, 999_999);
        assertRefusedWithNothingWritten("контрольная сумма");
    }

    @Test
    void editedStructureIsRefused() throws Exception {
        Path file = back.resolve("anna.xlsx");
        fill(fileOf(writeAll(), anna), file, 3);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(1);
            double a = s.getRow(5).getCell(5).getNumericCellValue();
            s.getRow(5).getCell(5).setCellValue(s.getRow(6).getCell(5).getNumericCellValue());
            s.getRow(6).getCell(5).setCellValue(a);
            save(wb, file);
        }
        assertRefusedWithNothingWritten("строки критериев изменены");
    }

    @Test
    void aMissingSheetIsRefused() throws Exception {
        Path file = back.resolve("anna.xlsx");
        fill(fileOf(writeAll(), anna), file, 3);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.removeSheetAt(2);
            save(wb, file);
        }
        assertRefusedWithNothingWritten("удалён");
    }

    @Test
    void theSameSheetTwiceIsRefused() throws Exception {
        Path annas = fileOf(writeAll(), anna);
        fill(annas, back.resolve("anna.xlsx"), 3);
        fill(annas, back.resolve("anna-copy.xlsx"), 3);
        assertRefusedWithNothingWritten("уже встречался");
    }

    @Test
    void aWorkbookThatIsNotASheetAtAllIsRefused() throws Exception {
        fill(fileOf(writeAll(), anna), back.resolve("anna.xlsx"), 3);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Лист1").createRow(0).createCell(0).setCellValue("смета");
            save(wb, back.resolve("smeta.xlsx"));
        }
        Files.writeString(back.resolve("notes.txt"), "не таблица");
        assertRefusedWithNothingWritten("не экспертный лист");
    }

    private void assertRefusedWithNothingWritten(String reason) {
        ExpertSheetReader.Result r = read();
        OfflineSheets.Check check = offline.check(contestId, r.sheets(), r.refusals());
        assertThat(check.acceptable()).isFalse();
        assertThat(check.refusals().stream().map(OfflineSheets.Refusal::describe).collect(Collectors.joining("\n")))
                .contains(reason);
        assertThatThrownBy(() -> offline.apply(contestId, r.sheets(), r.refusals()))
                .isInstanceOf(UserException.class).hasMessageContaining("Ничего не записано");
        assertThat(scoredReviews()).isZero();
    }

    private static void editMeta(Path file, int row, int col, long value) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("innonet").getRow(row).getCell(col).setCellValue(value);
            save(wb, file);
        }
    }

    private static void save(XSSFWorkbook wb, Path file) throws Exception {
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        }
    }

}
