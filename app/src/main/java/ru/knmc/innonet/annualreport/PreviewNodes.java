package ru.knmc.innonet.annualreport;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The report as the preview shows it: headings, the text with its figures, the generated lists, tables and charts. */
final class PreviewNodes {
    private PreviewNodes() {
    }

    static List<Node> build(AnnualReport report, ReportData data) {
        List<Node> nodes = new ArrayList<>();
        List<FilledText.Problem> problems = new ArrayList<>();
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            Label heading = new Label(AnnualReport.numberedTitle(n));
            heading.getStyleClass().add("section-title");
            heading.setWrapText(true);
            nodes.add(heading);
            for (Markup.Block b : FilledText.section(report, data, n, problems)) {
                nodes.add(flow(b));
            }
            for (ReportBlock block : data.blocks(n)) {
                nodes.add(block(block));
            }
        }
        return nodes;
    }

    private static Node flow(Markup.Block b) {
        TextFlow flow = new TextFlow();
        String lead = switch (b.kind()) {
            case BULLET -> "\u2013 ";
            case NUMBERED -> b.number() + " ";
            case PARAGRAPH -> "\u2003";
        };
        flow.getChildren().add(new Text(lead));
        Font base = Font.getDefault();
        for (Markup.Inline in : b.inlines()) {
            Text t = new Text(in.text());
            t.setFont(Font.font(base.getFamily(), in.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    in.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, base.getSize()));
            if (in.text().startsWith(FilledText.MISSING)) {
                t.setStyle("-fx-fill: #b00020;");
            }
            flow.getChildren().add(t);
        }
        return flow;
    }

    private static Node block(ReportBlock block) {
        if (block instanceof ReportBlock.TextList l) {
            VBox box = new VBox(2);
            Label lead = new Label(l.lead());
            lead.setStyle("-fx-font-weight: bold");
            box.getChildren().add(lead);
            for (String item : l.items()) {
                Label it = new Label("\u2013 " + item);
                it.setWrapText(true);
                box.getChildren().add(it);
            }
            return box;
        }
        if (block instanceof ReportBlock.Table t) {
            return t.inDocument() ? table(t) : new VBox();
        }
        return chart((ReportBlock.Chart) block);
    }

    private static Node table(ReportBlock.Table t) {
        GridPane g = new GridPane();
        g.getStyleClass().add("report-table");
        double[] weight = new double[t.header().size()];
        double sum = 0;
        for (int c = 0; c < weight.length; c++) {
            weight[c] = Math.max(8, t.header().get(c).length() * 0.6);
            for (List<Object> row : t.rows()) {
                weight[c] = Math.max(weight[c], Math.min(60, WordCell.text(row.get(c)).length()));
            }
            sum += weight[c];
        }
        for (double w : weight) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100 * w / sum);
            g.getColumnConstraints().add(cc);
        }
        for (int c = 0; c < t.header().size(); c++) {
            Label h = new Label(t.header().get(c));
            h.getStyleClass().add("matrix-header");
            h.setWrapText(true);
            h.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            g.add(h, c, 0);
        }
        int r = 1;
        for (List<Object> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Label cell = new Label(WordCell.text(row.get(c)));
                cell.setWrapText(true);
                cell.getStyleClass().add("matrix-cell");
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                GridPane.setHgrow(cell, Priority.SOMETIMES);
                g.add(cell, c, r);
            }
            r++;
        }
        Label caption = new Label(t.caption());
        caption.setWrapText(true);
        caption.setStyle("-fx-font-style: italic");
        return new VBox(4, caption, g);
    }

    private static Node chart(ReportBlock.Chart c) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(c.valueAxis());
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(c.caption());
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        for (ReportBlock.Series s : c.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int i = 0; i < c.categories().size(); i++) {
                series.getData().add(new XYChart.Data<>(c.categories().get(i), s.values().get(i)));
            }
            chart.getData().add(series);
        }
        return chart;
    }

    /** Cells as the Word table writes them. */
    static final class WordCell {
        private WordCell() {
        }

        static String text(Object v) {
            if (v instanceof Number n) {
                return java.text.NumberFormat.getIntegerInstance(ru.knmc.innonet.common.Messages.RUSSIAN).format(n);
            }
            return v == null ? "" : v.toString();
        }
    }
}
