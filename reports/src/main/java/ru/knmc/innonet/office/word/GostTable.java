package ru.knmc.innonet.office.word;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import ru.knmc.innonet.office.word.GostDocument.Span;

/** A table of a {@link GostDocument}: 12 pt, borders, its header row repeated on every page. */
public final class GostTable {
    private final GostDocument doc;
    private final XWPFTable table;
    private final double[] widthsMm;
    private final boolean[] right;

    GostTable(GostDocument doc, XWPFTable table, double[] widthsMm) {
        this.doc = doc;
        this.table = table;
        this.widthsMm = widthsMm.clone();
        this.right = new boolean[widthsMm.length];
    }

    /** Numbers in these columns are aligned right. */
    public GostTable alignRight(int... columns) {
        for (int c : columns) {
            right[c] = true;
        }
        return this;
    }

    public GostTable row(String... cells) {
        return row(List.of(cells));
    }

    /** A row of text cells; {@code null} is an empty cell; {@code \n} breaks a line inside a cell. */
    public GostTable row(List<String> cells) {
        XWPFTableRow row = doc.newRow(table);
        GostDocument.cellWidths(row, widthsMm);
        for (int i = 0; i < widthsMm.length; i++) {
            String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            doc.cellText(row.getCell(i), Span.plain(text), right[i] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT,
                    GostDocument.TABLE_PT);
        }
        return this;
    }

    /** A row whose single cell spans the whole width, bold: a group heading inside the table. */
    public GostTable groupRow(String text) {
        XWPFTableRow row = doc.newRow(table);
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        var tcPr = row.getCell(0).getCTTc().isSetTcPr() ? row.getCell(0).getCTTc().getTcPr()
                : row.getCell(0).getCTTc().addNewTcPr();
        tcPr.addNewGridSpan().setVal(java.math.BigInteger.valueOf(widthsMm.length));
        double total = 0;
        for (double w : widthsMm) {
            total += w;
        }
        GostDocument.cellWidths(row, new double[] {total});
        doc.cellText(row.getCell(0), Span.bold(text), ParagraphAlignment.LEFT, GostDocument.TABLE_PT);
        return this;
    }

    /** The POI table, for what this class does not offer. */
    public XWPFTable poi() {
        return table;
    }
}
