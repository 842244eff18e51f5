package ru.knmc.innonet.office.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import ru.knmc.innonet.common.UserException;

/** Documents read back with POI: page, fonts, indents, header rows, page numbers, templates. */
class GostDocumentTest {
    @TempDir
    Path dir;

    private static final Map<String, String> PROTOCOL_VALUES = Map.of(
            Templates.ORGANIZATION, "Координационный совет по вопросам инновационной деятельности",
            Templates.CHAIR, "Иванова И.И.", Templates.SECRETARY, "Петрова П.П.");

    private XWPFDocument write(DocumentTemplates templates, TemplateSpec spec, Map<String, String> values) throws Exception {
        Path out = dir.resolve(spec.name() + "-out.docx");
        try (GostDocument d = templates.open(spec, values)) {
            d.title("ПРОТОКОЛ");
            d.paragraph("Заседание состоялось 05.06.2018, протокол № 5.");
            d.heading(1, "1. Об утверждении положения");
            d.labelled("СЛУШАЛИ:", "Сидорову С.С. — о положении.");
            GostTable t = d.table(new double[] {15, 105, 50}, "№", "Пункт", "Срок");
            for (int i = 1; i <= 60; i++) {
                t.row(String.valueOf(i), "Пункт решения " + i, "05.06.2018");
            }
            d.save(out);
        }
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void theBuiltInProtocolHasTheGostPageFontsIndentsHeaderRowsAndSignatures() throws Exception {
        try (XWPFDocument doc = write(new DocumentTemplates(null, new DocumentStyle("PT Astra Serif")), Templates.PROTOCOL,
                PROTOCOL_VALUES)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            CTPageMar mar = sect.getPgMar();
            assertThat(((BigInteger) mar.getLeft()).intValue()).isEqualTo(1701);   // 30 mm
            assertThat(((BigInteger) mar.getRight()).intValue()).isEqualTo(567);   // 10 mm
            assertThat(((BigInteger) mar.getTop()).intValue()).isEqualTo(1134);    // 20 mm
            assertThat(((BigInteger) mar.getBottom()).intValue()).isEqualTo(1134); // 20 mm
            assertThat(sect.isSetTitlePg()).as("first page has its own (empty) header").isTrue();
            String header = doc.getHeaderList().stream().map(h -> h.getParagraphs().get(0).getCTP().xmlText())
                    .filter(x -> x.contains("PAGE")).findFirst().orElse("");
            assertThat(header).as("a PAGE field in the default header").contains("PAGE");

            XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Заседание"))
                    .findFirst().orElseThrow();
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getFirstLineIndent()).isEqualTo(709); // 1.25 cm
            XWPFRun run = body.getRuns().get(0);
            assertThat(run.getFontFamily()).isEqualTo("PT Astra Serif");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(body.getText()).contains("№\u00A05").contains("05.06.2018");

            List<XWPFTable> tables = doc.getTables();
            XWPFTable data = tables.stream().filter(t -> t.getRows().size() == 61).findFirst().orElseThrow();
            assertThat(data.getRow(0).isRepeatHeader()).isTrue();
            assertThat(data.getRow(5).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(data.getRow(60).getCell(1).getText()).isEqualTo("Пункт решения 60");

            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b)
                    + tables.stream().map(XWPFTable::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(all).contains("Координационный совет по вопросам инновационной деятельности")
                    .contains("Иванова\u00A0И.И.").contains("Петрова\u00A0П.П.").contains("Председатель").contains("Секретарь")
                    .doesNotContain("{{");
            // the body comes before the signatures, where the template said {{content}}
            int title = indexOf(doc, "ПРОТОКОЛ");
            int lastTable = doc.getBodyElements().indexOf(tables.get(tables.size() - 1));
            assertThat(title).isLessThan(lastTable);
            assertThat(tables.get(tables.size() - 1).getText()).contains("Секретарь");
        }
    }

    private static int indexOf(XWPFDocument doc, String text) {
        for (int i = 0; i < doc.getBodyElements().size(); i++) {
            if (doc.getBodyElements().get(i) instanceof XWPFParagraph p && p.getText().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aUsersTemplateIsUsedAndItsBlocksKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        DocumentTemplates templates = new DocumentTemplates(folder, DocumentStyle.DEFAULT);
        assertThat(templates.exportBuiltIns(folder, Templates.all())).hasSize(Templates.all().size());
        // the centre edits its protocol template: a new line above the name block
        Path file = folder.resolve("protocol.docx");
        try (XWPFDocument t = new XWPFDocument(Files.newInputStream(file))) {
            XWPFParagraph first = t.getParagraphs().get(0);
            XWPFParagraph added = t.insertNewParagraph(first.getCTP().newCursor());
            added.createRun().setText("МКУ КНМЦ — гербовый блок");
            try (var out = Files.newOutputStream(file)) {
                t.write(out);
            }
        }
        try (XWPFDocument doc = write(templates, Templates.PROTOCOL, PROTOCOL_VALUES)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("МКУ КНМЦ — гербовый блок");
            assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("ПРОТОКОЛ"))).isTrue();
        }
        // exporting again leaves the user's edited file alone
        assertThat(templates.exportBuiltIns(folder, Templates.all())).isEmpty();
    }

    @Test
    void brokenTemplatesAreRefusedWithTheFileAndThePlaceholderNamed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("broken"));
        DocumentTemplates templates = new DocumentTemplates(folder, DocumentStyle.DEFAULT);
        Path file = folder.resolve("protocol.docx");

        templateWith(file, "{{organization}}", "{{content}}", "Председатель {{chairman}}", "Секретарь {{secretary}}");
        assertThatThrownBy(() -> templates.open(Templates.PROTOCOL, PROTOCOL_VALUES)).isInstanceOf(UserException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("«chairman»").hasMessageContaining("{{chair}}");

        templateWith(file, "{{organization}}", "{{content}}", "{{secretary}}");
        assertThatThrownBy(() -> templates.open(Templates.PROTOCOL, PROTOCOL_VALUES))
                .hasMessageContaining(file.toString()).hasMessageContaining("нет обязательной подстановки {{chair}}");

        templateWith(file, "{{content}}", "{{chair", "{{secretary}}");
        assertThatThrownBy(() -> templates.open(Templates.PROTOCOL, PROTOCOL_VALUES))
                .hasMessageContaining("незакрытая подстановка").hasMessageContaining("{{chair");

        templateWith(file, "Текст {{content}}", "{{chair}}", "{{secretary}}");
        assertThatThrownBy(() -> templates.open(Templates.PROTOCOL, PROTOCOL_VALUES))
                .hasMessageContaining("должна стоять одна в своём абзаце");

        templateWith(file, "{{chair}}", "{{secretary}}");
        assertThatThrownBy(() -> templates.open(Templates.PROTOCOL, PROTOCOL_VALUES))
                .hasMessageContaining("нет обязательной подстановки {{content}}");

        Files.writeString(file, "это не документ Word");
        assertThatThrownBy(() -> templates.open(Templates.PROTOCOL, PROTOCOL_VALUES))
                .hasMessageContaining(file.toString()).hasMessageContaining("не документ Word");
        assertThatThrownBy(() -> templates.verify(Templates.PROTOCOL)).isInstanceOf(UserException.class);
    }

    @Test
    void aPlaceholderSplitAcrossRunsIsStillFilled() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("split"));
        Path file = folder.resolve("protocol.docx");
        try (XWPFDocument t = new XWPFDocument()) {
            XWPFParagraph p = t.createParagraph();
            p.createRun().setText("Председатель {{ch");
            p.createRun().setText("air}} и {{secretary}}");
            t.createParagraph().createRun().setText("{{content}}");
            try (var out = Files.newOutputStream(file)) {
                t.write(out);
            }
        }
        try (XWPFDocument doc = write(new DocumentTemplates(folder, DocumentStyle.DEFAULT), Templates.PROTOCOL, PROTOCOL_VALUES)) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Председатель Иванова\u00A0И.И. и Петрова\u00A0П.П.");
        }
    }

    private static void templateWith(Path file, String... paragraphs) throws Exception {
        try (XWPFDocument t = new XWPFDocument()) {
            for (String text : paragraphs) {
                t.createParagraph().createRun().setText(text);
            }
            try (var out = Files.newOutputStream(file)) {
                t.write(out);
            }
        }
    }

    @Test
    void typographyWritesRussianDatesAndKeepsNumbersAndInitialsTogether() {
        assertThat(Typography.longDate(LocalDate.of(2018, 6, 5))).isEqualTo("5\u00A0июня\u00A02018\u00A0г.");
        assertThat(Typography.shortDate(LocalDate.of(2018, 6, 5))).isEqualTo("05.06.2018");
        assertThat(Typography.nbsp("приказ № 1121 от 20.07.2018")).isEqualTo("приказ №\u00A01121 от 20.07.2018");
        assertThat(Typography.nbsp("Иванова И.И. и И. И. Петров")).isEqualTo("Иванова\u00A0И.И. и И.И.\u00A0Петров");
        assertThat(Typography.nbsp("в 2018 г. и 2019 году")).isEqualTo("в 2018\u00A0г. и 2019 году");
        assertThat(Typography.listItem("нет подписи.", false)).isEqualTo("нет подписи;");
        assertThat(Typography.listItem("нет подписи; ", true)).isEqualTo("нет подписи.");
        assertThat(Typography.listItem("подана после 27 октября 2017 г.", false)).isEqualTo("подана после 27 октября 2017 г.;");
        assertThat(Typography.listItem("согласовано с Ивановым И.И.", true)).isEqualTo("согласовано с Ивановым И.И.");
    }
}
