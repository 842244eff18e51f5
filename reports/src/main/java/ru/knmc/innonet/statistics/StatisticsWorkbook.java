package ru.knmc.innonet.statistics;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.EventRow;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.office.ColumnWidths;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.ExcelStyles;

/**
 * The statistics of a year in one Excel book: visits, participation (the year's events and the charts' breakdowns),
 * publications, target indicators and the infrastructure (statuses, sites with supervisors, the RIPO bank); every
 * figure a number cell.
 */
public final class StatisticsWorkbook {
    private StatisticsWorkbook() {
    }

    public static void write(Path out, DSLContext dsl, int year) {
        write(out, dsl, new IndicatorService(dsl), year);
    }

    /** With the indicators computed from every source the program wires. */
    public static void write(Path out, DSLContext dsl, IndicatorService indicators, int year) {
        ExcelFiles.checkWritable(out);
        StatisticsCharts charts = new StatisticsCharts(dsl, indicators);
        ChartOptions o = ChartOptions.of(year);
        List<EventRow> events = new EventService(dsl).events(year);
        List<IndicatorActual> actuals = indicators.actuals(year);
        SXSSFWorkbook wb = new SXSSFWorkbook(-1);
        try {
            ExcelStyles st = ExcelStyles.of(wb);
            CellStyle decimal = ChartWorkbook.decimalStyle(wb, st);
            Sheet visits = wb.createSheet(Messages.get("export.statistics.sheet.visits"));
            int r = ChartWorkbook.table(visits, st, decimal, 0, charts.build(ChartKind.VISITS, o));
            r = ChartWorkbook.table(visits, st, decimal, r, charts.build(ChartKind.VISITS_SEGMENTS, o));
            ChartWorkbook.table(visits, st, decimal, r, charts.build(ChartKind.VISITS_MONTHLY, o));
            Sheet participation = wb.createSheet(Messages.get("export.statistics.sheet.participation"));
            int p = eventsTable(participation, st, year, events);
            p = ChartWorkbook.table(participation, st, decimal, p, charts.build(ChartKind.PARTICIPANTS_KIND, o));
            p = ChartWorkbook.table(participation, st, decimal, p, charts.build(ChartKind.PARTICIPANTS_LEVEL, o));
            p = ChartWorkbook.table(participation, st, decimal, p, charts.build(ChartKind.PARTICIPANTS_MUNICIPALITY, o));
            p = ChartWorkbook.table(participation, st, decimal, p, charts.build(ChartKind.EVENTS_MONTHLY, o));
            ChartWorkbook.table(participation, st, decimal, p, charts.build(ChartKind.EVENTS_KIND, o));
            ChartWorkbook.table(wb.createSheet(Messages.get("export.statistics.sheet.publications")), st, decimal, 0,
                    charts.build(ChartKind.PUBLICATIONS, o));
            indicatorsTable(wb.createSheet(Messages.get("export.statistics.sheet.indicators")), st, decimal, year, actuals);
            Sheet sites = wb.createSheet(Messages.get("export.statistics.sheet.infrastructure"));
            int i = 0;
            for (ChartKind k : List.of(ChartKind.INFRASTRUCTURE, ChartKind.STATUS_KINDS, ChartKind.SITES_SUPERVISED,
                    ChartKind.SUPERVISORS, ChartKind.RIPO)) {
                i = ChartWorkbook.table(sites, st, decimal, i, charts.build(k, o));
            }
        } catch (RuntimeException e) {
            throw ExcelFiles.failed(out, wb, e);
        }
        ExcelFiles.save(out, wb);
    }

    private static int eventsTable(Sheet sheet, ExcelStyles st, int year, List<EventRow> events) {
        st.title(sheet.createRow(0), Messages.get("export.statistics.events.title", year));
        Row header = sheet.createRow(1);
        List<String> titles = List.of(Messages.get("field.event.title"), Messages.get("field.event.kindId"),
                Messages.get("field.event.level"), Messages.get("field.event.startDate"), Messages.get("field.event.endDate"),
                Messages.get("field.event.participantsTotal"));
        ColumnWidths widths = new ColumnWidths(titles.size(), 10, 70);
        for (int i = 0; i < titles.size(); i++) {
            st.header(header, i, titles.get(i));
            widths.measureHeader(i, titles.get(i));
        }
        int r = 2;
        int total = 0;
        List<Row> rows = new java.util.ArrayList<>();
        List<Object[]> texts = new java.util.ArrayList<>();
        for (EventRow e : events) {
            Row row = sheet.createRow(r++);
            Object[] values = {e.title(), e.kind(), e.level().displayName(), e.startDate(), e.endDate(), e.participants()};
            for (int i = 0; i < values.length; i++) {
                st.put(row, i, values[i], st.wrapped());
                widths.measure(i, values[i]);
            }
            rows.add(row);
            texts.add(values);
            total += e.participants();
        }
        fitHeights(widths, header, titles, rows, texts);
        Row sum = sheet.createRow(r++);
        st.put(sum, 0, Messages.get("export.statistics.total", events.size()), st.boldText());
        sum.createCell(5).setCellValue(total);
        sum.getCell(5).setCellStyle(st.boldInteger());
        widths.apply(sheet);
        return r + 1;
    }

    private static void indicatorsTable(Sheet sheet, ExcelStyles st, CellStyle decimal, int year, List<IndicatorActual> actuals) {
        st.title(sheet.createRow(0), Messages.get("export.statistics.indicators.title", year));
        Row header = sheet.createRow(1);
        List<String> titles = List.of(Messages.get("field.indicator.title"), Messages.get("field.indicator.unit"),
                Messages.get("field.indicator.target"), Messages.get("field.indicator.targetYear"),
                Messages.get("export.statistics.actual", year), Messages.get("field.indicatorValue.note"));
        ColumnWidths widths = new ColumnWidths(titles.size(), 10, 70);
        for (int i = 0; i < titles.size(); i++) {
            st.header(header, i, titles.get(i));
            widths.measureHeader(i, titles.get(i));
        }
        int r = 2;
        List<Row> rows = new java.util.ArrayList<>();
        List<Object[]> texts = new java.util.ArrayList<>();
        for (IndicatorActual a : actuals) {
            Row row = sheet.createRow(r++);
            Object[] values = {a.indicator().title(), a.indicator().unit(), a.indicator().target(), a.indicator().targetYear(),
                    a.value(), a.source()};
            for (int i = 0; i < values.length; i++) {
                st.put(row, i, values[i], st.wrapped());
                widths.measure(i, values[i]);
            }
            rows.add(row);
            texts.add(values);
            row.getCell(2).setCellStyle(decimal);
            if (a.value() != null) {
                row.getCell(4).setCellStyle(decimal);
            }
        }
        fitHeights(widths, header, titles, rows, texts);
        widths.apply(sheet);
    }

    /** Rows as tall as their wrapped text: the header's titles and every text cell (all of them wrap). */
    private static void fitHeights(ColumnWidths widths, Row header, List<String> titles, List<Row> rows, List<Object[]> values) {
        widths.fitHeader(header, titles);
        boolean[] wraps = new boolean[titles.size()];
        java.util.Arrays.fill(wraps, true);
        for (int i = 0; i < rows.size(); i++) {
            widths.fitHeight(rows.get(i), values.get(i), wraps);
        }
    }
}
