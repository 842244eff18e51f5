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

    static CellStyle decimalStyle(SXSSFWorkbook wb, ExcelStyles st) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(st.integer());
        s.setDataFormat(wb.createDataFormat().getFormat("# ##0.0"));
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
        st.header(header, 0, data.categoryAxis());
        widths.measureHeader(0, data.categoryAxis());
        for (int i = 0; i < series.size(); i++) {
            st.header(header, i + 1, series.get(i).name());
            widths.measureHeader(i + 1, series.get(i).name());
        }
        for (String c : categories) {
            Row row = sheet.createRow(r++);
            st.put(row, 0, c, st.wrapped());
            widths.measure(0, c);
            for (int i = 0; i < series.size(); i++) {
                Number v = series.get(i).values().get(c);
                st.put(row, i + 1, v, st.text());
                if (v != null && v.doubleValue() != Math.rint(v.doubleValue())) {
                    row.getCell(i + 1).setCellStyle(decimal);
                }
                widths.measure(i + 1, v);
            }
        }
        widths.apply(sheet);
        return r + 1;
    }

    static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
