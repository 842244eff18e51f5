package ru.knmc.innonet.statistics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.apache.batik.svggen.SVGGraphics2D;
import ru.knmc.innonet.common.Messages;

/**
 * Draws {@link ChartData} with JFreeChart: Russian number formats («138 400», «25,0 %»), tooltips, value labels,
 * one palette. The window shows the same {@link JFreeChart}; the command line and documents save it as PNG.
 */
public final class ChartRenderer {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;
    private static final String FONT = "DejaVu Sans";
    private static final Paint[] PALETTE = {new Color(0x2E5E8C), new Color(0xE08A2E), new Color(0x4E9A5B),
            new Color(0x9C4F96), new Color(0xC0504D), new Color(0x4BACC6), new Color(0x8C6D31), new Color(0x7F7F7F),
            new Color(0xB5BD3A), new Color(0x1F3F66), new Color(0xE377C2)};

    private ChartRenderer() {
    }

    /** Russian grouping (a non-breaking space) and a decimal comma. */
    public static NumberFormat numberFormat() {
        DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Messages.RUSSIAN));
        f.setGroupingUsed(true);
        return f;
    }

    public static JFreeChart chart(ChartData data) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (String category : data.categories()) {
            for (ChartData.Series s : data.series()) {
                Number v = s.values().get(category);
                ds.addValue(v, s.name(), category);
            }
        }
        NumberFormat nf = numberFormat();
        CategoryAxis categoryAxis = new CategoryAxis(data.categoryAxis());
        NumberAxis valueAxis = new NumberAxis(data.valueAxis());
        valueAxis.setNumberFormatOverride(nf);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Messages.RUSSIAN));
        CategoryPlot plot;
        if (data.kind().style() == ChartKind.Style.LINES) {
            LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
            style(r, nf);
            for (int i = 0; i < data.series().size(); i++) {
                r.setSeriesStroke(i, new BasicStroke(2.5f));
            }
            plot = new CategoryPlot(ds, categoryAxis, valueAxis, r);
        } else {
            BarRenderer r = new BarRenderer();
            r.setBarPainter(new StandardBarPainter());
            r.setShadowVisible(false);
            r.setItemMargin(0.05);
            r.setMaximumBarWidth(0.12);
            r.setDefaultItemLabelGenerator(data.series().size() > 1 ? new NonZeroLabels(nf)
                    : new StandardCategoryItemLabelGenerator("{2}", nf));
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
            style(r, nf);
            plot = new CategoryPlot(ds, categoryAxis, valueAxis, r);
        }
        if (data.kind().style() == ChartKind.Style.HORIZONTAL_BARS) {
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            categoryAxis.setMaximumCategoryLabelWidthRatio(0.45f);
            categoryAxis.setMaximumCategoryLabelLines(3);
            // value labels at the end of each bar, not above it (where they would touch the next category)
            plot.getRenderer().setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            valueAxis.setUpperMargin(0.08);
        } else {
            // «публичная защита», «день педмарафона»: two lines under the bar rather than «публичн…»
            categoryAxis.setMaximumCategoryLabelLines(2);
        }
        if (data.kind().style() != ChartKind.Style.HORIZONTAL_BARS && data.categories().size() > 8
                && (data.kind().style() != ChartKind.Style.LINES
                || data.categories().stream().anyMatch(c -> c.length() > 6))) {
            // lines keep short month names level; months with their year («сент. 2017») would be cut to «сен…»
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (data.share() != null) {
            DefaultCategoryDataset shares = new DefaultCategoryDataset();
            for (String c : data.categories()) {
                shares.addValue(data.share().values().get(c), data.share().name(), c);
            }
            NumberAxis percent = new NumberAxis(Messages.get("chart.axis.percent"));
            percent.setNumberFormatOverride(nf);
            percent.setRange(0, 100);
            plot.setRangeAxis(1, percent);
            plot.setDataset(1, shares);
            plot.mapDatasetToRangeAxis(1, 1);
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, PALETTE[1]);
            line.setSeriesStroke(0, new BasicStroke(2.5f));
            line.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2} %", nf));
            line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %", nf));
            line.setDefaultItemLabelsVisible(true);
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xC8C8C8));
        plot.setOutlineVisible(false);
        plot.setNoDataMessage(Messages.get("chart.noData"));
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 16));
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        Font axisFont = new Font(FONT, Font.PLAIN, 12);
        for (var axis : new org.jfree.chart.axis.Axis[] {categoryAxis, valueAxis}) {
            axis.setLabelFont(new Font(FONT, Font.BOLD, 12));
            axis.setTickLabelFont(axisFont);
        }
        JFreeChart chart = new JFreeChart(data.title(), new Font(FONT, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        if (data.subtitle() != null) {
            chart.addSubtitle(new TextTitle(data.subtitle(), new Font(FONT, Font.PLAIN, 13)));
        }
        chart.getLegend().setItemFont(axisFont);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (data.isEmpty()) {
            plot.setDataset(0, new DefaultCategoryDataset());
        }
        return chart;
    }

    /** Value labels of a chart with several series: a zero says nothing and crowds the other labels. */
    private static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;

        NonZeroLabels(NumberFormat nf) {
            super("{2}", nf);
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            return v == null || v.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
        }
    }

    private static void style(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer r, NumberFormat nf) {
        for (int i = 0; i < PALETTE.length; i++) {
            r.setSeriesPaint(i, PALETTE[i]);
        }
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}", nf));
    }

    /** The chart as a PNG, written whole or not at all. */
    public static void png(ChartData data, Path out, int width, int height) {
        ru.knmc.innonet.office.AtomicFiles.write(out, o -> ChartUtils.writeChartAsPNG(o, chart(data), width, height));
    }

    /**
     * The chart as SVG (Apache Batik's SVG generator draws it; texts stay text, so the labels can be searched and
     * edited), UTF-8, written whole or not at all.
     */
    public static void svg(ChartData data, Path out, int width, int height) {
        org.w3c.dom.Document dom;
        try {
            dom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(dom);
        g2.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart(data).draw(g2, new Rectangle(0, 0, width, height));
        org.w3c.dom.Element svg = g2.getRoot(); // width, height and the drawing, without a DOCTYPE to fetch
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.ENCODING, "UTF-8");
            t.transform(new javax.xml.transform.dom.DOMSource(svg), new javax.xml.transform.stream.StreamResult(text));
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
        String document = text.toString();
        ru.knmc.innonet.office.AtomicFiles.write(out, o -> o.write(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** Saves as SVG when the file's name ends with .svg, else as PNG. */
    public static void save(ChartData data, Path out, int width, int height) {
        if (isSvg(out)) {
            svg(data, out, width, height);
        } else {
            png(data, out, width, height);
        }
    }

    public static boolean isSvg(Path out) {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
    }

    /** The chart as an image, e.g. for the clipboard. */
    public static BufferedImage image(ChartData data, int width, int height) {
        return chart(data).createBufferedImage(width, height);
    }

}
