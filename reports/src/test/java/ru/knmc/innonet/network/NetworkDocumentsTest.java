package ru.knmc.innonet.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.office.word.DocumentStyle;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Person;

/** The passport, the web page, the roadmap workbook and the picture of a network, read back. */
class NetworkDocumentsTest {
    private static final AcademicYear YEAR = new AcademicYear(2018);
    private static final LocalDate DAY = LocalDate.of(2019, 3, 1);
    @TempDir
    Path dir;

    private static NetworkPaper paper() {
        Person tutor = new Person(9L, "Кузнецова", "Дарья", "Максимовна", "старший воспитатель", null, null, null, null, null, 0);
        return new NetworkPaper(1, "Сеть МБДОУ ДС № 108", "Модель сетевого взаимодействия педагогов и родителей",
                "Модель реализации комплексной программы воспитания", "МБДОУ ДС № 108", FormationVariant.CONTEST, InteractionForm.SITE,
                LocalDate.of(2017, 9, 1), null, null, tutor, "протокол № 2 от 27.09.2018, п. 2.1",
                List.of(new NetworkPaper.Member(1, "МБДОУ ДС № 108", OrgType.PRESCHOOL, "Краснодар", MemberLevel.CENTRE,
                                LocalDate.of(2017, 9, 1), null, null, false),
                        new NetworkPaper.Member(2, "МБДОУ ДС № 213", OrgType.PRESCHOOL, "Краснодар", MemberLevel.PARTNER,
                                LocalDate.of(2017, 11, 1), null, "протокол № 3 от 26.10.2017, п. 7.1", false),
                        new NetworkPaper.Member(3, "ГБДОУ № 104 (Санкт-Петербург)", OrgType.PRESCHOOL, "Санкт-Петербург",
                                MemberLevel.ASSOCIATE, LocalDate.of(2017, 11, 1), null, null, true),
                        new NetworkPaper.Member(4, "Музей-заповедник им. Е.Д. Фелицына", OrgType.OTHER, "Краснодар",
                                MemberLevel.ASSOCIATE, LocalDate.of(2017, 11, 1), LocalDate.of(2018, 6, 1), null, true)),
                List.of(new NetworkPaper.Contract("1-С", LocalDate.of(2017, 11, 15), "О сетевом взаимодействии", null, false,
                        List.of("МБДОУ ДС № 108", "МБДОУ ДС № 213"))),
                List.of(new NetworkPaper.Representative("МБДОУ ДС № 213", new Person(7L, "Соколова", "Анна", "Игоревна",
                        "старший воспитатель", null, null, null, null, null, 0), "координатор")),
                List.of(new NetworkPaper.Activity(YEAR, "Установочный семинар", LocalDate.of(2018, 9, 20), LocalDate.of(2018, 9, 20),
                                "МБДОУ ДС № 108", "план работы", RoadmapStatus.DONE),
                        new NetworkPaper.Activity(YEAR, "Вебинар <обмен опытом>", LocalDate.of(2018, 12, 12), null, "", null, RoadmapStatus.MOVED),
                        new NetworkPaper.Activity(YEAR.next(), "Следующий год", null, null, "", null, RoadmapStatus.PLANNED)));
    }

    @Test
    void thePassportHoldsStructureAgreementsTeamTutorAndTheYearsRoadmap() throws Exception {
        Path out = dir.resolve("passport.docx");
        NetworkPassport.write(paper(), DAY, YEAR, new DocumentTemplates(null, DocumentStyle.DEFAULT), out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder b = new StringBuilder();
            doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
            doc.getTables().forEach(t -> b.append(t.getText()).append('\n'));
            String all = b.toString();
            assertThat(all).contains("ПАСПОРТ СЕТИ").contains("Сеть МБДОУ ДС №\u00A0108").contains("МБДОУ ДС №\u00A0213")
                    .contains("ГБДОУ №\u00A0104 (Санкт-Петербург)").contains("протокол №\u00A03 от 26.10.2017, п. 7.1")
                    .contains("№\u00A01-С").contains("15.11.2017").contains("Соколова\u00A0А.И.").contains("координатор")
                    .contains("Кузнецова\u00A0Д.М.").contains("Установочный семинар").contains("20.09.2018")
                    .contains("Нет действующего договора: ГБДОУ").doesNotContain("Следующий год").doesNotContain("Фелицына");
            assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void theWebPageIsSelfContained() {
        String html = NetworkPage.html(paper(), DAY, YEAR);
        assertThat(html).contains("<html lang=\"ru\">").contains("data:image/png;base64,").contains("Установочный семинар")
                .contains("Вебинар &lt;обмен опытом&gt;").contains("Кузнецова Д.М.")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=").doesNotContain("@import")
                .doesNotContain("url(");
    }

    @Test
    void theRoadmapWorkbookHasOneRowPerActivityOfTheYearWithRealDates() throws Exception {
        Path out = dir.resolve("roadmap.xlsx");
        RoadmapWorkbook.write(paper(), YEAR, out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("Сеть МБДОУ ДС № 108").contains("2018–2019");
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Установочный семинар");
            assertThat(s.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 9, 20));
            assertThat(s.getRow(4).getCell(6).getStringCellValue()).isEqualTo("перенесено");
            assertThat(s.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void thePictureShowsTheMembersOfTheDay() throws Exception {
        Path out = dir.resolve("net.png");
        NetworkPicture.save(paper(), DAY, out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isGreaterThan(600);
        assertThat(img.getHeight()).isGreaterThan(600);
        // the centre is drawn in the preschool colour in the middle
        int cx = img.getWidth() / 2;
        int cy = 70 + (img.getHeight() - 70 - 80) / 2;
        assertThat(img.getRGB(cx, cy) & 0xFFFFFF).isEqualTo(NetworkPicture.colour(OrgType.PRESCHOOL).getRGB() & 0xFFFFFF);
        assertThat(NetworkPicture.wrap("Школа-партнёр лицея № 48 (г. Новороссийск)", 20)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
    }
}
