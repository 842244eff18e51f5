package ru.knmc.innonet.annualreport;

import java.util.List;

/**
 * A piece of a report section generated from the data, written after the section's narrative: a list,
 * a table or a chart. The window previews them, the Word report and the Excel annex write them.
 */
public sealed interface ReportBlock {

    /** A lead line and its items, e.g. «Федеральный уровень:» and the acts. */
    record TextList(String lead, List<String> items) implements ReportBlock {
        public TextList {
            items = List.copyOf(items);
        }
    }

    /**
     * A table; cells are {@link String} or {@link Number} (numbers stay numbers in the Excel annex).
     *
     * @param sheet   short name, the annex's sheet name (≤ 31 characters)
     * @param caption «Инновационная инфраструктура по видам статуса»
     * @param inDocument false for a table only the Excel annex holds (the document says it in words)
     */
    record Table(String sheet, String caption, List<String> header, List<List<Object>> rows, boolean inDocument)
            implements ReportBlock {
        /** A table of the document and of the annex. */
        public Table(String sheet, String caption, List<String> header, List<List<Object>> rows) {
            this(sheet, caption, header, rows, true);
        }

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        }
    }

    /** A bar chart: categories along the axis, one bar per series in each. */
    record Chart(String caption, String valueAxis, List<String> categories, List<Series> series) implements ReportBlock {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    record Series(String name, List<Number> values) {
        public Series {
            values = List.copyOf(values);
        }
    }
}
