package ru.knmc.innonet.network;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.ColumnWidths;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.ExcelStyles;

/** A network's roadmap of one academic year as an Excel table: dates as dates, one row per activity. */
public final class RoadmapWorkbook {
    private static final int HEADER_ROW = 2;

    private RoadmapWorkbook() {
    }

    public static void write(NetworkPaper paper, AcademicYear year, Path out) {
        ExcelFiles.checkWritable(out);
        XSSFWorkbook wb = new XSSFWorkbook();
        ExcelStyles st = ExcelStyles.of(wb);
        Sheet sheet = wb.createSheet(Messages.get("roadmap.sheet", year.toString()));
        st.title(sheet.createRow(0), Messages.get("roadmap.title", paper.name(), year.toString()));
        List<String> heads = List.of(Messages.get("roadmap.col.no"), Messages.get("roadmap.col.activity"),
                Messages.get("roadmap.col.start"), Messages.get("roadmap.col.end"), Messages.get("roadmap.col.responsible"),
                Messages.get("roadmap.col.result"), Messages.get("roadmap.col.status"));
        ColumnWidths widths = new ColumnWidths(heads.size(), 6, 60);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < heads.size(); c++) {
            st.header(header, c, heads.get(c));
            widths.measureHeader(c, heads.get(c));
        }
        int r = HEADER_ROW + 1;
        int no = 0;
        for (NetworkPaper.Activity a : paper.roadmap(year)) {
            Object[] values = {++no, a.activity(), a.startDate(), a.endDate(), a.responsible(), a.expectedResult(),
                    a.status().displayName()};
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.length; c++) {
                st.put(row, c, values[c], c == 1 || c == 4 || c == 5 ? st.wrapped() : st.text());
                widths.measure(c, values[c]);
            }
        }
        widths.fix(2, 12);
        widths.fix(3, 12);
        widths.apply(sheet);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        ExcelFiles.save(out, wb);
    }
}
