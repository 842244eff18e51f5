package ru.knmc.innonet.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import ru.knmc.innonet.office.word.DocumentStyle;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.registry.Person;

/** The agenda and the protocol read back with POI: every item, speaker and point; the page as ГОСТ wants it. */
class MeetingDocumentsTest {
    @TempDir
    Path dir;

    private static Person person(long id, String last, String first, String middle, String position) {
        return new Person(id, last, first, middle, position, null, null, null, null, null, 0);
    }

    private final Person chair = person(1, "Сорокина", "Елена", "Николаевна", "директор МКУ КНМЦ");
    private final Person secretary = person(2, "Демченко", "Светлана", "Юрьевна", "методист");
    private final Person speaker = person(3, "Белова", "Ирина", "Викторовна", "профессор КубГУ");

    private MeetingPaper paper(int present) {
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < present; i++) {
            members.add(person(100 + i, "Член" + (char) ('а' + i), "Анна", "Петровна", null));
        }
        return new MeetingPaper(5, LocalDate.of(2018, 6, 5), LocalTime.of(10, 0), "МКУ КНМЦ", chair, secretary, members,
                List.of(person(50, "Пантелеева", "Наталья", "Сергеевна", null)), List.of(person(60, "Гостева", "Ольга", "Павловна", "заведующий")),
                List.of(new MeetingPaper.Item(1, "О плане работы", 10, null, List.of(chair), chair, "о плане работы на год",
                                List.of(new MeetingPaper.Spoken(speaker, "поддержала план")),
                                List.of(new MeetingPaper.Point("1.1", "Утвердить план работы.", "Демченко С.Ю.", LocalDate.of(2018, 7, 1)),
                                        new MeetingPaper.Point("1.2", "Разместить план на сайте.", "", null))),
                        new MeetingPaper.Item(2, "Об экспертных группах", 15, null, List.of(speaker, secretary), speaker, "о составе групп",
                                List.of(), List.of(new MeetingPaper.Point("2.1", "Согласовать состав экспертных групп.", "Кравченко О.И.", null)))));
    }

    private XWPFDocument read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String text(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
        doc.getTables().forEach(t -> b.append(t.getText()).append('\n'));
        return b.toString();
    }

    private static void gostPage(XWPFDocument doc, String font) {
        CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
        assertThat(((BigInteger) mar.getLeft()).intValue()).isEqualTo(1701);
        assertThat(((BigInteger) mar.getRight()).intValue()).isEqualTo(567);
        assertThat(((BigInteger) mar.getTop()).intValue()).isEqualTo(1134);
        assertThat(((BigInteger) mar.getBottom()).intValue()).isEqualTo(1134);
        assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        assertThat(doc.getHeaderList().stream().anyMatch(h -> h.getParagraphs().stream()
                .anyMatch(p -> p.getCTP().xmlText().contains("PAGE")))).as("page numbers from page 2").isTrue();
        XWPFParagraph body = doc.getParagraphs().stream().filter(p -> !p.getRuns().isEmpty() && !p.getText().isBlank())
                .filter(p -> p.getFirstLineIndent() == 709).findFirst().orElseThrow();
        assertThat(body.getRuns().get(0).getFontFamily()).isEqualTo(font);
        assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
    }

    @Test
    void theAgendaHasTheApprovalBlockEveryItemAndSpeaker() throws Exception {
        Path out = dir.resolve("agenda.docx");
        MeetingDocuments.agenda(paper(3), new DocumentTemplates(null, DocumentStyle.DEFAULT), out);
        try (XWPFDocument doc = read(out)) {
            gostPage(doc, "Times New Roman");
            String all = text(doc);
            assertThat(all).contains("УТВЕРЖДАЮ").contains("Председатель координационного совета, директор МКУ КНМЦ")
                    .contains("Е.Н.\u00A0Сорокина").contains("ПОВЕСТКА").contains("заседания координационного совета")
                    .contains(ru.knmc.innonet.office.word.Typography.longDate(LocalDate.of(2018, 6, 5))).contains("10:00").contains("МКУ КНМЦ")
                    .contains("1. О плане работы").contains("2. Об экспертных группах")
                    .contains("Сорокина\u00A0Е.Н., директор МКУ КНМЦ").contains("Белова\u00A0И.В., профессор КубГУ")
                    .contains("Демченко\u00A0С.Ю., методист").doesNotContain("{{");
            assertThat(all.indexOf("О плане работы")).isLessThan(all.indexOf("Об экспертных группах"));
        }
    }

    @Test
    void theProtocolHasHeardSpokeDecidedWithNumberedPointsAndSignatures() throws Exception {
        Path out = dir.resolve("protocol.docx");
        MeetingDocuments.protocol(paper(3), new DocumentTemplates(null, new DocumentStyle("PT Astra Serif")), out);
        try (XWPFDocument doc = read(out)) {
            gostPage(doc, "PT Astra Serif");
            String all = text(doc);
            assertThat(all).contains("ПРОТОКОЛ").contains(ru.knmc.innonet.office.word.Typography.longDate(LocalDate.of(2018, 6, 5))).contains("№\u00A05")
                    .contains("Председатель").contains("Секретарь").contains("Присутствовали:").contains("Чл\u0435на\u00A0А.П.")
                    .contains("Отсутствовали:").contains("Пантелеева\u00A0Н.С.").contains("Приглашённые:").contains("Гостева\u00A0О.П.")
                    .contains("ПОВЕСТКА ДНЯ:").contains("СЛУШАЛИ:").contains("о плане работы на год").contains("ВЫСТУПИЛИ:")
                    .contains("поддержала план").contains("ПОСТАНОВИЛИ:").contains("1.1. Утвердить план работы.")
                    .contains("Ответственный: Демченко\u00A0С.Ю.").contains("срок: 01.07.2018").contains("1.2. Разместить план на сайте.")
                    .contains("2.1. Согласовать состав экспертных групп.").contains("Е.Н.\u00A0Сорокина").contains("С.Ю.\u00A0Демченко")
                    .contains("Ответственный: Кравченко\u00A0О.И.").doesNotContain("О.И..")
                    .doesNotContain("{{");
            XWPFTable signatures = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signatures.getText()).contains("Секретарь").contains("С.Ю.\u00A0Демченко");
        }
    }

    @Test
    void moreThanFifteenPresentAreCountedWithTheListAttached() throws Exception {
        Path out = dir.resolve("protocol16.docx");
        MeetingDocuments.protocol(paper(16), new DocumentTemplates(null, DocumentStyle.DEFAULT), out);
        try (XWPFDocument doc = read(out)) {
            assertThat(text(doc)).contains("16 человек (список прилагается)").doesNotContain("Члена");
        }
        assertThat(MeetingDocuments.present(paper(22).present())).isEqualTo("22 человека (список прилагается)");
    }
}
