package ru.knmc.innonet.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.ColumnWidths;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.ExcelStyles;

/**
 * The overview of an academic year as an Excel file: the matrix of directions and organization types
 * (the slide «Общая инновационная инфраструктура»), the organizations per status kind and the share
 * of the municipality's organizations in the infrastructure.
 */
public final class OverviewWorkbook {
    private static final int TITLE_ROW = 0;
    private static final int DIRECTION_WIDTH = 50;

    private OverviewWorkbook() {
    }

    /** @throws ru.knmc.innonet.common.UserException in Russian, naming the file, when it cannot be written */
    public static void write(Path out, Overview overview) {
        ExcelFiles.checkWritable(out);
        // small data, but the same streaming workbook as the registry keeps one way of writing files;
        // an unlimited window (-1) keeps the header rows at hand until their heights are known
        SXSSFWorkbook wb = new SXSSFWorkbook(-1);
        try {
            ExcelStyles st = ExcelStyles.of(wb);
            String title = Messages.get("export.overview.title", overview.year().toString(), overview.municipality());
            matrix(wb.createSheet(Messages.get("export.overview.sheet.matrix")), st, title, overview);
            kinds(wb.createSheet(Messages.get("export.overview.sheet.kinds")), st, title, overview);
            shares(wb.createSheet(Messages.get("export.overview.sheet.shares")), st, title, overview);
        } catch (RuntimeException e) {
            throw ExcelFiles.failed(out, wb, e);
        }
        ExcelFiles.save(out, wb);
    }

    /**
     * Header in two rows: the types, each over its two columns (organizations, count), then the column
     * names the autofilter sits on. The direction column and the header stay in view when scrolling.
     */
    private static void matrix(Sheet sheet, ExcelStyles st, String title, Overview o) {
        List<OrgType> types = o.types();
        int last = 2 * types.size() + 1;
        st.title(sheet.createRow(TITLE_ROW), title);
        Row typeRow = sheet.createRow(TITLE_ROW + 1);
        Row header = sheet.createRow(TITLE_ROW + 2);
        ColumnWidths widths = new ColumnWidths(last + 1, 8, 40);
        st.header(typeRow, 0, null);
        st.header(header, 0, Messages.get("export.overview.direction"));
        for (int i = 0; i < types.size(); i++) {
            int col = 1 + 2 * i;
            st.header(typeRow, col, types.get(i).displayName());
            st.mergeHeader(typeRow, col, col + 1);
            st.header(header, col, Messages.get("export.overview.organizations"));
            st.header(header, col + 1, Messages.get("export.overview.count"));
            widths.measureHeader(col, Messages.get("export.overview.organizations"));
            widths.measureHeader(col + 1, Messages.get("export.overview.count"));
        }
        st.header(typeRow, last, null);
        st.header(header, last, Messages.get("export.overview.rowTotal"));
        widths.measureHeader(last, Messages.get("export.overview.rowTotal"));

        // values first: the widths, and from them the row heights, must be known before rows are written
        List<Object[]> rows = new ArrayList<>();
        for (Direction d : o.directions()) {
            Object[] values = new Object[last + 1];
            values[0] = d.title();
            int total = 0;
            for (int i = 0; i < types.size(); i++) {
                List<String> names = o.cell(d, types.get(i));
                values[1 + 2 * i] = String.join("\n", names);
                values[2 + 2 * i] = names.size();
                total += names.size();
            }
            values[last] = total;
            for (int c = 0; c <= last; c++) {
                widths.measure(c, values[c]);
            }
            rows.add(values);
        }
        // the directions are long sentences: a wide column that wraps reads better than a narrow one
        widths.fix(0, DIRECTION_WIDTH);
        boolean[] wraps = new boolean[last + 1];
        Arrays.fill(wraps, true);
        int r = TITLE_ROW + 3;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c <= last; c++) {
                st.put(row, c, values[c], st.wrapped());
            }
            widths.fitHeight(row, values, wraps);
        }
        totals(sheet.createRow(r), st, o, last);
        widths.apply(sheet);
        widths.fitHeader(header, headerTitles(header, last));
        sheet.createFreezePane(1, TITLE_ROW + 3);
        sheet.setAutoFilter(new CellRangeAddress(TITLE_ROW + 2, TITLE_ROW + 2 + rows.size(), 0, last));
        landscape(sheet);
    }

    private static List<String> headerTitles(Row header, int last) {
        List<String> titles = new ArrayList<>();
        for (int c = 0; c <= last; c++) {
            titles.add(header.getCell(c).getStringCellValue());
        }
        return titles;
    }

    /**
     * Below the filtered range: organizations of each type in the infrastructure, each counted once
     * even when it works in several directions — the figure the centre quotes, not the column's sum.
     */
    private static void totals(Row row, ExcelStyles st, Overview o, int last) {
        st.put(row, 0, Messages.get("export.overview.totalRow"), st.boldText());
        Set<String> all = new LinkedHashSet<>();
        for (int i = 0; i < o.types().size(); i++) {
            Set<String> distinct = new LinkedHashSet<>();
            for (Direction d : o.directions()) {
                distinct.addAll(o.cell(d, o.types().get(i)));
            }
            all.addAll(distinct);
            st.put(row, 1 + 2 * i, null, st.boldText());
            Cell count = row.createCell(2 + 2 * i);
            count.setCellValue(distinct.size());
            count.setCellStyle(st.boldInteger());
        }
        Cell total = row.createCell(last);
        total.setCellValue(all.size());
        total.setCellStyle(st.boldInteger());
    }

    private static void kinds(Sheet sheet, ExcelStyles st, String title, Overview o) {
        List<String> heads = List.of(Messages.get("export.overview.kind"), Messages.get("export.overview.kindName"),
                Messages.get("export.overview.level"), Messages.get("export.overview.kindCount"));
        ColumnWidths widths = header(sheet, st, title, heads);
        int r = TITLE_ROW + 2;
        for (Overview.KindCount k : o.perKind()) {
            Object[] values = {k.kind().shortName(), k.kind().fullName(), k.kind().level().displayName(), k.organizations()};
            put(sheet.createRow(r++), st, values, widths);
        }
        finish(sheet, widths, heads, o.perKind().size());
    }

    private static void shares(Sheet sheet, ExcelStyles st, String title, Overview o) {
        List<String> heads = List.of(Messages.get("export.overview.year"), Messages.get("export.overview.inInfrastructure"),
                Messages.get("export.overview.totalOrgs"), Messages.get("export.overview.share"));
        ColumnWidths widths = header(sheet, st, title, heads);
        int r = TITLE_ROW + 2;
        for (Overview.Share s : o.shares()) {
            Row row = sheet.createRow(r++);
            // an unknown total (0) leaves total and share empty rather than showing a false 0 %
            Object[] values = {s.year(), s.inInfrastructure(), s.total() == 0 ? null : s.total(), null};
            put(row, st, values, widths);
            if (s.total() > 0) {
                Cell share = row.getCell(3);
                share.setCellValue((double) s.inInfrastructure() / s.total());
                share.setCellStyle(st.percent());
            }
        }
        finish(sheet, widths, heads, o.shares().size());
    }

    private static ColumnWidths header(Sheet sheet, ExcelStyles st, String title, List<String> heads) {
        st.title(sheet.createRow(TITLE_ROW), title);
        Row header = sheet.createRow(TITLE_ROW + 1);
        ColumnWidths widths = new ColumnWidths(heads.size(), 8, 50);
        for (int c = 0; c < heads.size(); c++) {
            st.header(header, c, heads.get(c));
            widths.measureHeader(c, heads.get(c));
        }
        // the widths grow with the data; the header's height is set once they are known, in finish
        return widths;
    }

    private static void put(Row row, ExcelStyles st, Object[] values, ColumnWidths widths) {
        for (int c = 0; c < values.length; c++) {
            st.put(row, c, values[c], st.wrapped());
            widths.measure(c, values[c]);
        }
    }

    private static void finish(Sheet sheet, ColumnWidths widths, List<String> heads, int rows) {
        int columns = heads.size();
        widths.apply(sheet);
        widths.fitHeader(sheet.getRow(TITLE_ROW + 1), heads);
        sheet.createFreezePane(0, TITLE_ROW + 2);
        sheet.setAutoFilter(new CellRangeAddress(TITLE_ROW + 1, TITLE_ROW + 1 + rows, 0, columns - 1));
        landscape(sheet);
    }

    private static void landscape(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
