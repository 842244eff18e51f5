package ru.knmc.innonet.annualreport;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.ColumnWidths;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.ExcelStyles;

/** The Excel annex of the annual report: one sheet per table of the report, numbers as numbers. */
public final class AnnualReportWorkbook {
    private AnnualReportWorkbook() {
    }

    public static void write(Path out, ReportData data) {
        ExcelFiles.checkWritable(out);
        SXSSFWorkbook wb = new SXSSFWorkbook(-1);
        try {
            ExcelStyles st = ExcelStyles.of(wb);
            Set<String> names = new HashSet<>();
            int n = 0;
            for (ReportBlock.Table t : data.tables()) {
                n++;
                String name = WorkbookUtil.createSafeSheetName(n + " " + t.sheet());
                while (!names.add(name.toLowerCase(Messages.RUSSIAN))) {
                    name = WorkbookUtil.createSafeSheetName(name + "_");
                }
                sheet(wb.createSheet(name), st, t, data);
            }
        } catch (RuntimeException e) {
            throw ExcelFiles.failed(out, wb, e);
        }
        ExcelFiles.save(out, wb);
    }

    private static void sheet(Sheet sheet, ExcelStyles st, ReportBlock.Table t, ReportData data) {
        st.title(sheet.createRow(0), Messages.get("export.annualReport.title", t.caption(), data.year()));
        Row header = sheet.createRow(1);
        ColumnWidths widths = new ColumnWidths(t.header().size(), 8, 60);
        for (int c = 0; c < t.header().size(); c++) {
            st.header(header, c, t.header().get(c));
            widths.measureHeader(c, t.header().get(c));
        }
        int r = 2;
        for (List<Object> row : t.rows()) {
            Row x = sheet.createRow(r++);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                st.put(x, c, v, st.wrapped());
                widths.measure(c, v);
            }
        }
        widths.apply(sheet);
        widths.fitHeader(header, t.header());
        sheet.createFreezePane(0, 2);
        if (!t.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, t.header().size() - 1));
        }
    }
}
