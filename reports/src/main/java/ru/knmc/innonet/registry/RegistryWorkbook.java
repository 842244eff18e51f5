package ru.knmc.innonet.registry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.ColumnWidths;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.ExcelStyles;

/**
 * The registry table as an Excel file, exactly as the window shows it: the caller's columns in the
 * caller's order and its rows already filtered and sorted. Values come from
 * {@link RegistryColumn#value}, the same source as the table's cells.
 */
public final class RegistryWorkbook {
    /** Column widths in characters; wider text wraps. */
    static final int MIN_WIDTH = 6;
    static final int MAX_WIDTH = 60;
    /** Rows kept in memory while streaming; earlier rows are flushed to a temporary file. */
    private static final int WINDOW = 200;

    private RegistryWorkbook() {
    }

    /**
     * Writes the file and returns the number of data rows.
     *
     * @param statusDate the date the status columns are shown for (null: latest status of each kind)
     * @param caption    a line above the header, e.g. from {@link #caption}; null or blank for none
     * @throws ru.knmc.innonet.common.UserException in Russian, naming the file, when it cannot be written
     */
    public static int write(Path out, List<RegistryColumn> columns, List<RegistryEntry> rows, LocalDate statusDate,
                            String caption) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no columns to export");
        }
        ExcelFiles.checkWritable(out);
        int n = columns.size();
        // Values are computed once: the widths must be known before the first row is streamed out.
        ColumnWidths widths = new ColumnWidths(n, MIN_WIDTH, MAX_WIDTH);
        List<Object[]> values = new ArrayList<>(rows.size());
        for (RegistryEntry entry : rows) {
            Object[] row = new Object[n];
            for (int c = 0; c < n; c++) {
                row[c] = columns.get(c).value(entry, statusDate);
                widths.measure(c, row[c]);
            }
            values.add(row);
        }
        for (int c = 0; c < n; c++) {
            widths.measureHeader(c, columns.get(c).title());
        }

        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            fill(wb, columns, values, caption, widths);
        } catch (RuntimeException e) {
            throw ExcelFiles.failed(out, wb, e);
        }
        ExcelFiles.save(out, wb);
        return rows.size();
    }

    private static void fill(SXSSFWorkbook wb, List<RegistryColumn> columns, List<Object[]> values, String caption,
                             ColumnWidths widths) {
        ExcelStyles st = ExcelStyles.of(wb);
        SXSSFSheet sheet = wb.createSheet(Messages.get("export.registry.sheet"));
        int n = columns.size();
        int r = 0;
        if (caption != null && !caption.isBlank()) {
            st.title(sheet.createRow(r++), caption);
        }
        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < n; c++) {
            st.header(header, c, columns.get(c).title());
        }
        widths.fitHeader(header, columns.stream().map(RegistryColumn::title).toList());
        boolean[] wraps = new boolean[n];
        for (int c = 0; c < n; c++) {
            wraps[c] = widths.overflows(c);
        }
        for (Object[] rowValues : values) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < n; c++) {
                st.put(row, c, rowValues[c], wraps[c] ? st.wrapped() : st.text());
            }
            widths.fitHeight(row, rowValues, wraps);
        }
        widths.apply(sheet);
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow + values.size(), 0, n - 1));
        // printed, the table runs across one page width with the header repeated on every page
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, n - 1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /**
     * The caption line for a date and a description of the active filter (null or blank: no filter),
     * e.g. «Реестр инновационной инфраструктуры на 22.11.2026, фильтр: МИП».
     */
    public static String caption(LocalDate date, String filter) {
        String day = Dates.format(date == null ? LocalDate.now() : date);
        return filter == null || filter.isBlank()
                ? Messages.get("export.registry.caption", day)
                : Messages.get("export.registry.captionFiltered", day, filter);
    }
}
