package ru.knmc.innonet.office.word;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import ru.knmc.innonet.office.AtomicFiles;

/**
 * A Word document laid out by ГОСТ Р 7.0.97-2025: A4, margins left 30 mm, right 10 mm, top and bottom
 * 20 mm; the chosen font, 14 pt in text and 12 pt in tables; single line spacing; first-line indent
 * 1.25 cm; justified text; page numbers centred at the top from page 2. Obtained from
 * {@link DocumentTemplates#open}: the template's blocks (name, approval, signatures) are kept and the
 * body written here goes where the template says {@code {{content}}}. Non-breaking spaces are put into
 * every text («№ 5», «2018 г.», «Иванова И.И.»).
 */
public final class GostDocument implements AutoCloseable {
    /** The placeholder where the body goes. */
    public static final String CONTENT = "content";
    public static final int TEXT_PT = 14;
    public static final int TABLE_PT = 12;
    /** Width of the text on an A4 page with the margins above: 210 − 30 − 10 = 170 mm. */
    public static final double TEXT_WIDTH_MM = 170;
    static final int FIRST_LINE_INDENT = twips(12.5);

    private final XWPFDocument doc;
    private final DocumentStyle style;
    /** Everything written goes just before this paragraph: the template's {@code {{content}}}, or the end. */
    private XWPFParagraph anchor;
    private boolean anchorIsMarker;

    GostDocument(XWPFDocument doc, DocumentStyle style, XWPFParagraph marker) {
        this.doc = doc;
        this.style = style;
        setDefaultFont(doc, style);
        if (marker != null) {
            this.anchor = marker;
            this.anchorIsMarker = true;
        } else {
            this.anchor = doc.createParagraph();
            this.anchorIsMarker = false;
        }
    }

    /** A new empty document with the page set up by ГОСТ; what is written is appended. */
    public static GostDocument blank(DocumentStyle style) {
        XWPFDocument doc = new XWPFDocument();
        setUpPage(doc, style);
        return new GostDocument(doc, style, null);
    }

    /** The POI document, for what this class does not offer (charts, pictures). */
    public XWPFDocument poi() {
        return doc;
    }

    public DocumentStyle style() {
        return style;
    }

    // ---- paragraphs ----------------------------------------------------------------------------

    /** A paragraph of body text: justified, first-line indent 1.25 cm. */
    public XWPFParagraph paragraph(String text) {
        return paragraph(Span.plain(text));
    }

    /** A paragraph of body text made of spans (bold, italic). */
    public XWPFParagraph paragraph(Span... spans) {
        XWPFParagraph p = newParagraph(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        for (Span s : spans) {
            run(p, s, TEXT_PT);
        }
        return p;
    }

    /** A paragraph without indent, aligned left: names, addresses, lines of a block. */
    public XWPFParagraph plain(String text) {
        XWPFParagraph p = newParagraph(ParagraphAlignment.LEFT);
        run(p, Span.plain(text), TEXT_PT);
        return p;
    }

    /** A centred line, bold or not: the document's kind, the body's name. */
    public XWPFParagraph centered(String text, boolean bold) {
        XWPFParagraph p = newParagraph(ParagraphAlignment.CENTER);
        run(p, bold ? Span.bold(text) : Span.plain(text), TEXT_PT);
        return p;
    }

    /** The document's title: centred, bold, with a blank line's space after it. */
    public XWPFParagraph title(String text) {
        XWPFParagraph p = centered(text, true);
        p.setSpacingAfter(twips(4.2));
        return p;
    }

    /**
     * A numbered heading (level 1, 2 or 3): bold, first-line indent, kept with the next paragraph,
     * carrying its outline level so that a table of contents finds it.
     */
    public XWPFParagraph heading(int level, String text) {
        XWPFParagraph p = newParagraph(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE_INDENT);
        p.setKeepNext(true);
        p.setSpacingBefore(twips(2.1));
        String styleId = "Heading" + level;
        if (doc.getStyles() != null && doc.getStyles().styleExist(styleId)) {
            p.setStyle(styleId);
        }
        p.getCTP().isSetPPr();
        p.getCTPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(Math.max(0, level - 1)));
        run(p, Span.bold(text), TEXT_PT);
        return p;
    }

    /** An item of a numbered list written out: «1. Text», «1.2. Text» — the number is part of the text. */
    public XWPFParagraph numbered(String number, String text) {
        return paragraph(Span.plain(number + " "), Span.plain(text));
    }

    /** An item of a list with a dash, as official documents write lists. */
    public XWPFParagraph bulleted(String text) {
        return paragraph(Span.plain("\u2013 "), Span.plain(text));
    }

    /** «ЛАБЕЛ: text» — a bold label followed by text, as protocols write СЛУШАЛИ and ПОСТАНОВИЛИ. */
    public XWPFParagraph labelled(String label, String text) {
        return paragraph(Span.bold(label + " "), Span.plain(text));
    }

    public XWPFParagraph emptyLine() {
        XWPFParagraph p = newParagraph(ParagraphAlignment.LEFT);
        run(p, Span.plain(""), TEXT_PT);
        return p;
    }

    /**
     * From here on the body goes after the template's closing blocks (the signature of an order or a
     * letter): for an annex, which follows the signature on a page of its own.
     */
    public void afterTemplate() {
        removeMarker();
        anchor = doc.createParagraph();
        anchorIsMarker = false;
    }

    public void pageBreak() {
        XWPFParagraph p = newParagraph(ParagraphAlignment.LEFT);
        p.setPageBreak(true);
    }

    // ---- blocks ---------------------------------------------------------------------------------

    /**
     * The approval block in the top right corner: УТВЕРЖДАЮ, the position, a signature line with the
     * name, and a line for the date.
     */
    public void approvalBlock(String position, String name) {
        int indent = twips(95);
        for (String line : List.of(ru.knmc.innonet.common.Messages.get("doc.approve"), position,
                "________________ " + name, ru.knmc.innonet.common.Messages.get("doc.approve.dateLine"))) {
            XWPFParagraph p = newParagraph(ParagraphAlignment.LEFT);
            p.setIndentationLeft(indent);
            run(p, Span.plain(line), TEXT_PT);
        }
    }

    /** The head of an annex in the top right corner, as the approval block: «Приложение к приказу … от … № …». */
    public void annexHead(String text) {
        XWPFParagraph p = newParagraph(ParagraphAlignment.LEFT);
        p.setIndentationLeft(twips(95));
        run(p, Span.plain(text), TEXT_PT);
    }

    /** A signature: the position on the left, the name at the right margin, on the same line. */
    public void signature(String position, String name) {
        XWPFTable t = newTable(2);
        noBorders(t);
        widths(t, new double[] {110, 60});
        XWPFTableRow row = t.getRow(0);
        cellText(row.getCell(0), Span.plain(position), ParagraphAlignment.LEFT, TEXT_PT);
        cellText(row.getCell(1), Span.plain(name), ParagraphAlignment.RIGHT, TEXT_PT);
        row.getCell(1).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.BOTTOM);
    }

    // ---- tables ---------------------------------------------------------------------------------

    /**
     * A table with a header row that repeats on every page; 12 pt; columns of the given widths in mm
     * (their sum should not exceed {@link #TEXT_WIDTH_MM}).
     */
    public GostTable table(double[] widthsMm, String... header) {
        XWPFTable t = newTable(widthsMm.length);
        borders(t);
        widths(t, widthsMm);
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int i = 0; i < header.length; i++) {
            cellText(head.getCell(i), Span.bold(header[i]), ParagraphAlignment.CENTER, TABLE_PT);
            head.getCell(i).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
        return new GostTable(this, t, widthsMm);
    }

    // ---- saving ---------------------------------------------------------------------------------

    /** Writes the document atomically; the template's {@code {{content}}} paragraph is gone from it. */
    public void save(Path out) {
        removeMarker();
        AtomicFiles.write(out, doc::write);
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            // nothing was written by close; the document is only memory
        }
    }

    private void removeMarker() {
        if (anchorIsMarker && anchor != null) {
            int pos = doc.getPosOfParagraph(anchor);
            if (pos >= 0) {
                doc.removeBodyElement(pos);
            }
            anchor = null;
        }
    }

    // ---- used by templates ----------------------------------------------------------------------

    /** Writes the {@code {{content}}} paragraph of a built-in template. */
    void contentMarker() {
        XWPFParagraph p = newParagraph(ParagraphAlignment.BOTH);
        run(p, Span.plain(TemplateSpec.token(CONTENT)), TEXT_PT);
    }

    /** A blank document's trailing empty paragraph is not part of a template. */
    void dropTrailingAnchor() {
        if (!anchorIsMarker && anchor != null) {
            int pos = doc.getPosOfParagraph(anchor);
            if (pos >= 0 && doc.getBodyElements().size() > 1) {
                doc.removeBodyElement(pos);
            }
            anchor = null;
        }
    }

    // ---- internals ------------------------------------------------------------------------------

    private XWPFParagraph newParagraph(ParagraphAlignment alignment) {
        if (anchor == null) {
            throw new IllegalStateException("The document was saved already");
        }
        XmlCursor cursor = anchor.getCTP().newCursor();
        XWPFParagraph p = doc.insertNewParagraph(cursor);
        cursor.close();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    XWPFTable newTable(int columns) {
        XmlCursor cursor = anchor.getCTP().newCursor();
        XWPFTable t = doc.insertNewTbl(cursor);
        cursor.close();
        XWPFTableRow row = t.getRows().isEmpty() ? t.createRow() : t.getRow(0);
        while (row.getTableCells().size() < columns) {
            row.addNewTableCell();
        }
        CTTblPr pr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        return t;
    }

    XWPFTableRow newRow(XWPFTable t) {
        XWPFTableRow row = t.createRow();
        row.setCantSplitRow(true);
        return row;
    }

    void cellText(XWPFTableCell cell, Span span, ParagraphAlignment alignment, int pt) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        run(p, span, pt);
    }

    XWPFRun run(XWPFParagraph p, Span span, int pt) {
        XWPFRun r = p.createRun();
        r.setFontFamily(style.fontFamily());
        CTFonts fonts = r.getCTR().getRPr().getRFontsArray(0);
        fonts.setCs(style.fontFamily());
        fonts.setEastAsia(style.fontFamily());
        r.setFontSize(pt);
        r.setBold(span.bold());
        r.setItalic(span.italic());
        // a line break inside the text is a break inside the paragraph, as Shift+Enter in Word
        String[] lines = Typography.nbsp(span.text()).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    static void widths(XWPFTable t, double[] widthsMm) {
        var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        long total = 0;
        for (double w : widthsMm) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(w)));
            total += twips(w);
        }
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total));
        for (XWPFTableRow row : t.getRows()) {
            cellWidths(row, widthsMm);
        }
    }

    static void cellWidths(XWPFTableRow row, double[] widthsMm) {
        for (int i = 0; i < widthsMm.length && i < row.getTableCells().size(); i++) {
            var tcPr = row.getCell(i).getCTTc().isSetTcPr() ? row.getCell(i).getCTTc().getTcPr()
                    : row.getCell(i).getCTTc().addNewTcPr();
            CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(twips(widthsMm[i])));
            if (!tcPr.isSetVAlign()) {
                tcPr.addNewVAlign().setVal(STVerticalJc.TOP);
            }
        }
    }

    private static void borders(XWPFTable t) {
        CTTblBorders b = t.getCTTbl().getTblPr().isSetTblBorders() ? t.getCTTbl().getTblPr().getTblBorders()
                : t.getCTTbl().getTblPr().addNewTblBorders();
        for (var border : List.of(
                b.isSetTop() ? b.getTop() : b.addNewTop(), b.isSetBottom() ? b.getBottom() : b.addNewBottom(),
                b.isSetLeft() ? b.getLeft() : b.addNewLeft(), b.isSetRight() ? b.getRight() : b.addNewRight(),
                b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor("000000");
        }
    }

    private static void noBorders(XWPFTable t) {
        CTTblBorders b = t.getCTTbl().getTblPr().isSetTblBorders() ? t.getCTTbl().getTblPr().getTblBorders()
                : t.getCTTbl().getTblPr().addNewTblBorders();
        for (var border : List.of(
                b.isSetTop() ? b.getTop() : b.addNewTop(), b.isSetBottom() ? b.getBottom() : b.addNewBottom(),
                b.isSetLeft() ? b.getLeft() : b.addNewLeft(), b.isSetRight() ? b.getRight() : b.addNewRight(),
                b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV())) {
            border.setVal(STBorder.NONE);
        }
    }

    /** Millimetres to twentieths of a point, Word's unit of length. */
    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /** A4 portrait, ГОСТ margins, page numbers at the top centre from page 2. */
    static void setUpPage(XWPFDocument doc, DocumentStyle style) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setLeft(BigInteger.valueOf(twips(30)));
        mar.setRight(BigInteger.valueOf(twips(10)));
        mar.setTop(BigInteger.valueOf(twips(20)));
        mar.setBottom(BigInteger.valueOf(twips(20)));
        mar.setHeader(BigInteger.valueOf(twips(10)));
        mar.setFooter(BigInteger.valueOf(twips(10)));
        mar.setGutter(BigInteger.ZERO);
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST); // page 1 without a number
        first.createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        pageField(p, style);
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    private static void pageField(XWPFParagraph p, DocumentStyle style) {
        List<XWPFRun> runs = new ArrayList<>();
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        runs.add(begin);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        runs.add(instr);
        XWPFRun separate = p.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        runs.add(separate);
        XWPFRun shown = p.createRun();
        shown.setText("2");
        runs.add(shown);
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        runs.add(end);
        for (XWPFRun r : runs) {
            r.setFontFamily(style.fontFamily());
            r.setFontSize(TABLE_PT);
        }
    }

    private static void setDefaultFont(XWPFDocument doc, DocumentStyle style) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(style.fontFamily());
        fonts.setHAnsi(style.fontFamily());
        fonts.setCs(style.fontFamily());
        fonts.setEastAsia(style.fontFamily());
        (doc.getStyles() == null ? doc.createStyles() : doc.getStyles()).setDefaultFonts(fonts);
    }

    /** A piece of text in a paragraph, bold or italic or plain. */
    public record Span(String text, boolean bold, boolean italic) {
        public static Span plain(String text) {
            return new Span(text, false, false);
        }

        public static Span bold(String text) {
            return new Span(text, true, false);
        }

        public static Span italic(String text) {
            return new Span(text, false, true);
        }
    }
}
