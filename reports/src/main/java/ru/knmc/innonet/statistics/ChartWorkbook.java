package ru.knmc.innonet.statistics;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.knmc.innonet.office.ColumnWidths;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.ExcelStyles;

/** A chart's data as an Excel table: categories down, series across, numbers as numbers. */
public final class ChartWorkbook {
    private ChartWorkbook() {
    }

    public static void write(Path out, ChartData data) {
        ExcelFiles.checkWritable(out);
        SXSSFWorkbook wb = new SXSSFWorkbook(-1);
        try {
            ExcelStyles st = ExcelStyles.of(wb);
            CellStyle decimal = decimalStyle(wb, st);
            Sheet sheet = wb.createSheet(sheetName(data.title()));
            table(sheet, st, decimal, 0, data);
        } catch (RuntimeException e) {
            throw ExcelFiles.failed(out, wb, e);
        }
        ExcelFiles.save(out, wb);
    }

    /** Numbers with thousands grouped as Excel shows them in the user's locale («138 400»), one decimal where there is one. */
    static CellStyle decimalStyle(SXSSFWorkbook wb, ExcelStyles st) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(st.integer());
        s.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
        return s;
    }


    /** Writes the chart's title, subtitle and table from {@code firstRow}; returns the next free row. */
    static int table(Sheet sheet, ExcelStyles st, CellStyle decimal, int firstRow, ChartData data) {
        List<String> categories = data.categories();
        List<ChartData.Series> series = new java.util.ArrayList<>(data.series());
        if (data.share() != null) {
            series.add(data.share());
        }
        int r = firstRow;
        st.title(sheet.createRow(r++), data.title());
        if (data.subtitle() != null) {
            sheet.createRow(r++).createCell(0).setCellValue(data.subtitle());
        }
        Row header = sheet.createRow(r++);
        ColumnWidths widths = new ColumnWidths(series.size() + 1, 10, 60);
        List<String> titles = new java.util.ArrayList<>();
        titles.add(data.categoryAxis());
        series.forEach(x -> titles.add(x.name()));
        for (int i = 0; i < titles.size(); i++) {
            st.header(header, i, titles.get(i));
            widths.measureHeader(i, titles.get(i));
        }
        for (String c : categories) {
            Row row = sheet.createRow(r++);
            st.put(row, 0, c, st.wrapped());
            widths.measure(0, c);
            for (int i = 0; i < series.size(); i++) {
                Number v = series.get(i).values().get(c);
                st.put(row, i + 1, v, st.text());
                if (v != null) {
                    row.getCell(i + 1).setCellStyle(v.doubleValue() != Math.rint(v.doubleValue()) ? decimal : grouped(sheet, st));
                }
                widths.measure(i + 1, v);
            }
        }
        // several tables share a sheet: a column is as wide as its widest table needs
        int[] before = new int[series.size() + 1];
        for (int i = 0; i < before.length; i++) {
            before[i] = sheet.getColumnWidth(i);
        }
        widths.apply(sheet);
        // a title wraps at its longest word: the row must hold every line, or LibreOffice and Excel clip it
        // (a column another table widened needs no more lines than this estimate)
        widths.fitHeader(header, titles);
        if (firstRow > 0) {
            for (int i = 0; i < before.length; i++) {
                sheet.setColumnWidth(i, Math.max(before[i], sheet.getColumnWidth(i)));
            }
        }
        return r + 1;
    }

    /** One grouped-integer style per workbook, found again by its format so that tables on many sheets share it. */
    private static CellStyle grouped(Sheet sheet, ExcelStyles st) {
        var wb = sheet.getWorkbook();
        short format = wb.createDataFormat().getFormat("#,##0");
        for (int i = 0; i < wb.getNumCellStyles(); i++) {
            CellStyle s = wb.getCellStyleAt(i);
            if (s.getDataFormat() == format && s.getBorderTop() == st.integer().getBorderTop() && !s.getWrapText()) {
                return s;
            }
        }
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(st.integer());
        s.setDataFormat(format);
        return s;
    }

    static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
