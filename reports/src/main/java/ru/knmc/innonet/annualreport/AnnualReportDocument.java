package ru.knmc.innonet.annualreport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.GostDocument;
import ru.knmc.innonet.office.word.Templates;

/**
 * The annual report of the regional innovation site in Word: the title page of the «annual-report»
 * template, a table of contents that Word and LibreOffice refresh on opening, then sections 1–8 with
 * numbered headings, each with its narrative (figures filled in) and the blocks generated from the data.
 */
public final class AnnualReportDocument {
    private AnnualReportDocument() {
    }

    /**
     * Writes the report; refused, before anything is written, when a placeholder cannot be filled or the
     * user's template is broken ({@link ru.knmc.innonet.common.UserException} in Russian).
     */
    public static void write(Path out, AnnualReport report, ReportData data, DocumentTemplates templates) {
        ExcelFiles.checkWritable(out);
        List<List<Markup.Block>> sections = FilledText.strict(report, data);
        TitlePage t = report.title();
        Map<String, String> values = new HashMap<>();
        values.put(Templates.YEAR, Integer.toString(report.year()));
        values.put(Templates.ORGANIZATION, t.organization());
        values.put(Templates.SITE_TITLE, t.siteTitle());
        values.put(Templates.PROJECT_TITLE, t.projectTitle());
        values.put(Templates.SITE_ORDER, t.siteOrder());
        values.put(Templates.HEAD_POSITION, t.headPosition());
        values.put(Templates.HEAD_NAME, t.headName());
        values.put(Templates.PLACE, t.place());
        try (GostDocument d = templates.open(Templates.ANNUAL_REPORT, values)) {
            d.title(Messages.get("doc.annualReport.contents"));
            tableOfContents(d);
            d.pageBreak();
            WordBlocks blocks = new WordBlocks(d);
            for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
                d.heading(1, AnnualReport.numberedTitle(n)).setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
                blocks.narrative(sections.get(n - 1));
                for (ReportBlock b : data.blocks(n)) {
                    blocks.block(b);
                }
            }
            updateFieldsOnOpen(d);
            d.save(out);
        }
    }

    /**
     * A TOC field over the outline levels of the headings. Its shown result lists the section titles, so
     * that the table reads right even before a refresh; {@code dirty} and the document's
     * {@code updateFields} make Word and LibreOffice recompute it (with page numbers) when opening.
     */
    private static void tableOfContents(GostDocument d) {
        List<String> titles = java.util.stream.IntStream.rangeClosed(1, AnnualReport.SECTIONS)
                .mapToObj(AnnualReport::numberedTitle).toList();
        for (int i = 0; i < titles.size(); i++) {
            XWPFParagraph p = d.plain("");
            if (i == 0) {
                XWPFRun begin = p.createRun();
                CTFldChar fc = begin.getCTR().addNewFldChar();
                fc.setFldCharType(STFldCharType.BEGIN);
                fc.setDirty(Boolean.TRUE);
                p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
                p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            }
            XWPFRun entry = p.createRun();
            entry.setText(titles.get(i));
            entry.setFontFamily(d.style().fontFamily());
            entry.setFontSize(GostDocument.TEXT_PT);
            if (i == titles.size() - 1) {
                p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
        }
    }

    private static void updateFieldsOnOpen(GostDocument d) {
        d.poi().enforceUpdateFields();
    }
}
