package ru.knmc.innonet.annualreport;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.GostDocument;
import ru.knmc.innonet.office.word.GostDocument.Span;
import ru.knmc.innonet.office.word.GostTable;

/**
 * Writes the report's narrative and generated blocks into a {@link GostDocument}: paragraphs and lists
 * with bold and italic, tables with a caption above and a repeated header row, native Word bar charts
 * (editable in Word, their data in the embedded workbook) with a caption below.
 */
final class WordBlocks {
    /** Bar colours: LibreOffice draws no bars for series without an explicit fill. */
    private static final byte[][] COLOURS = {
            {(byte) 0x4F, (byte) 0x81, (byte) 0xBD}, {(byte) 0xC0, (byte) 0x50, (byte) 0x4D},
            {(byte) 0x9B, (byte) 0xBB, (byte) 0x59}, {(byte) 0x80, (byte) 0x64, (byte) 0xA2}};

    private final GostDocument d;
    private int tables;
    private int figures;

    WordBlocks(GostDocument d) {
        this.d = d;
    }

    void narrative(List<Markup.Block> blocks) {
        for (Markup.Block b : blocks) {
            List<Span> spans = new ArrayList<>();
            if (b.kind() == Markup.Kind.BULLET) {
                spans.add(Span.plain("\u2013 "));
            } else if (b.kind() == Markup.Kind.NUMBERED) {
                spans.add(Span.plain(b.number() + " "));
            }
            for (Markup.Inline in : b.inlines()) {
                spans.add(new Span(in.text(), in.bold(), in.italic()));
            }
            d.paragraph(spans.toArray(Span[]::new));
        }
    }

    void block(ReportBlock block) {
        if (block instanceof ReportBlock.TextList l) {
            d.paragraph(Span.bold(l.lead()));
            for (int i = 0; i < l.items().size(); i++) {
                d.paragraph(Span.plain("\u2013 " + l.items().get(i) + (i == l.items().size() - 1 ? "." : ";")));
            }
        } else if (block instanceof ReportBlock.Table t && t.inDocument()) {
            table(t);
        } else if (block instanceof ReportBlock.Chart c) {
            chart(c);
        }
    }

    private void table(ReportBlock.Table t) {
        tables++;
        XWPFParagraph caption = d.plain(Messages.get("doc.annualReport.tableCaption", tables, t.caption()));
        caption.setKeepNext(true);
        caption.setSpacingBefore(GostDocument.twips(2.1));
        double[] widths = widths(t);
        GostTable table = d.table(widths, t.header().toArray(String[]::new));
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            final int col = c;
            if (!t.rows().isEmpty() && t.rows().stream().allMatch(r -> r.get(col) instanceof Number || "".equals(r.get(col)))) {
                numeric.add(c);
            }
        }
        table.alignRight(numeric.stream().mapToInt(Integer::intValue).toArray());
        for (List<Object> row : t.rows()) {
            table.row(row.stream().map(WordBlocks::cell).toList());
        }
        d.emptyLine();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return java.text.NumberFormat.getIntegerInstance(Messages.RUSSIAN).format(n);
        }
        return value.toString();
    }

    /**
     * Columns share the text width by the length of their longest cell; none is narrower than 15 mm or
     * than the longest word of its header or (up to 14 letters) of its cells, so that no such word is broken.
     */
    static double[] widths(ReportBlock.Table t) {
        int n = t.header().size();
        double[] min = new double[n];
        double minSum = 0;
        for (int c = 0; c < n; c++) {
            // the header is bold: its letters are wider than the rows'
            double word = 0;
            for (String w : t.header().get(c).split("\\s+")) {
                word = Math.max(word, w.length() * 2.6);
            }
            for (List<Object> row : t.rows()) {
                for (String w : cell(row.get(c)).split("[\\s\u00a0]+")) {
                    // 2.6 mm a letter at 12 pt with the cell's margins: «Муниципальный» whole, not «Муниципальны-й»
                    word = Math.max(word, Math.min(14, w.length()) * 2.6);
                }
            }
            min[c] = Math.max(15, word + 3);
            minSum += min[c];
        }
        double[] weight = new double[n];
        for (int c = 0; c < n; c++) {
            weight[c] = Math.min(60, Math.max(6, t.header().get(c).length() * 0.6));
            for (List<Object> row : t.rows()) {
                weight[c] = Math.max(weight[c], Math.min(60, cell(row.get(c)).length()));
            }
        }
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        double free = Math.max(0, GostDocument.TEXT_WIDTH_MM - minSum);
        double shrink = Math.min(1, GostDocument.TEXT_WIDTH_MM / minSum);
        double[] widths = new double[n];
        for (int c = 0; c < n; c++) {
            widths[c] = min[c] * shrink + free * weight[c] / sum;
        }
        return widths;
    }

    private void chart(ReportBlock.Chart c) {
        if (c.categories().isEmpty()) {
            return;
        }
        figures++;
        XWPFParagraph holder = d.centered("", false);
        holder.setKeepNext(true);
        XWPFChart chart;
        try {
            boolean horizontal = c.categories().stream().mapToInt(String::length).max().orElse(0) > 20;
            int height = horizontal ? Math.max(8, Math.min(18, 4 + c.categories().size() * 2))
                    : Math.max(8, Math.min(16, 3 + c.categories().size() * c.series().size() / 2));
            chart = d.poi().createChart(holder.createRun(), 15 * Units.EMU_PER_CENTIMETER, height * Units.EMU_PER_CENTIMETER);
        } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Cannot add a chart", e);
        }
        chart.setTitleText(c.caption());
        chart.setTitleOverlay(false);
        // long category names read better down the left side than slanted under the bars
        boolean longNames = c.categories().stream().mapToInt(String::length).max().orElse(0) > 20;
        XDDFCategoryAxis x = chart.createCategoryAxis(longNames ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(longNames ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        y.setTitle(c.valueAxis());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        int n = c.categories().size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(c.categories().toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(longNames ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        for (int s = 0; s < c.series().size(); s++) {
            ReportBlock.Series series = c.series().get(s);
            Double[] values = series.values().stream().map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, n, s + 1, s + 1)), s + 1);
            XDDFBarChartData.Series bars = (XDDFBarChartData.Series) data.addSeries(categories, numbers);
            bars.setTitle(series.name(), chart.setSheetTitle(series.name(), s + 1));
            bars.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[s % COLOURS.length])));
        }
        chart.plot(data);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        d.centered(Messages.get("doc.annualReport.figureCaption", figures, c.caption()), false);
        d.emptyLine();
    }
}
