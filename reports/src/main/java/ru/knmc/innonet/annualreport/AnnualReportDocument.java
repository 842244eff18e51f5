package ru.knmc.innonet.annualreport;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.GostDocument;
import ru.knmc.innonet.office.word.Templates;

/**
 * The annual report of the regional innovation site in Word: the title page of the «annual-report»
 * template, a table of contents whose page numbers Word and LibreOffice fill in on opening, then sections 1–8 with
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
                XWPFParagraph heading = d.heading(1, AnnualReport.numberedTitle(n));
                heading.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
                bookmark(heading, n);
                blocks.narrative(sections.get(n - 1));
                for (ReportBlock b : data.blocks(n)) {
                    blocks.block(b);
                }
            }
            updateFieldsOnOpen(d);
            d.save(out);
        }
    }

    /** The bookmark at section {@code n}'s heading, which the contents' page number refers to. */
    static String bookmark(int n) {
        return "_TocSection" + n;
    }

    /** Marks the heading of section {@code n} with its bookmark (empty, at the heading's end: the page is what counts). */
    private static void bookmark(XWPFParagraph heading, int n) {
        CTBookmark start = heading.getCTP().addNewBookmarkStart();
        start.setId(BigInteger.valueOf(n));
        start.setName(bookmark(n));
        heading.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(n));
    }

    /**
     * The contents: per section a line linked to its heading's bookmark, a dotted tab and a PAGEREF field to
     * the bookmark. LibreOffice lays PAGEREF fields out when it opens the file (it does not rebuild a TOC
     * field, and shows a TOC field's stored result as it is, page numbers inside it included), and Word updates
     * them through the document's {@code updateFields}; so both show the pages without a manual update. See
     * docs/decisions/0008-annual-report-contents.md.
     */
    private static void tableOfContents(GostDocument d) {
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            XWPFParagraph p = d.plain("");
            CTTabStop tab = p.getCTPPr().addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(GostDocument.twips(GostDocument.TEXT_WIDTH_MM)));
            CTHyperlink link = p.getCTP().addNewHyperlink();
            link.setAnchor(bookmark(n));
            link.setHistory(STOnOff1.ON);
            text(link.addNewR(), AnnualReport.numberedTitle(n));
            text(p.getCTP().addNewR(), null).addNewTab();
            p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            text(p.getCTP().addNewR(), null).addNewInstrText().setStringValue(" PAGEREF " + bookmark(n) + " \\h ");
            p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            text(p.getCTP().addNewR(), "");
            p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        }
    }

    /** A run of the contents in the text's size, with {@code text} when not null. */
    private static CTR text(CTR r, String text) {
        CTRPr pr = r.addNewRPr();
        pr.addNewSz().setVal(BigInteger.valueOf(GostDocument.TEXT_PT * 2L));
        pr.addNewSzCs().setVal(BigInteger.valueOf(GostDocument.TEXT_PT * 2L));
        if (text != null) {
            r.addNewT().setStringValue(text);
        }
        return r;
    }

    private static void updateFieldsOnOpen(GostDocument d) {
        d.poi().enforceUpdateFields();
    }
}
