package ru.knmc.innonet.contest;

import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_ID;
import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_LEVELS;
import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_MAX;
import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_NUMBER;
import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_SCORE;
import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_TITLE;
import static ru.knmc.innonet.contest.ExpertSheetLayout.FIRST_CRITERION_ROW;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.ExcelStyles;

/**
 * One .xlsx per expert, a sheet per assigned application: the criteria with their descriptors and
 * maxima, input cells validated 0..max, the conclusion and the comment; everything else locked. A very
 * hidden sheet holds the identifiers and their signature ({@link SheetChecksum}); the protection is a
 * convenience, the signature is the guard.
 */
public final class ExpertSheetWriter {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExpertSheetWriter() {
    }

    /** Writes every expert's workbook into {@code folder}; returns the files written. */
    public static List<Path> writeAll(List<OfflineSheets.ExpertPack> packs, Path folder) {
        List<Path> out = new ArrayList<>();
        for (OfflineSheets.ExpertPack p : packs) {
            Path file = folder.resolve(fileName(p));
            write(p, file);
            out.add(file);
        }
        return out;
    }

    static String fileName(OfflineSheets.ExpertPack p) {
        String name = p.expertName().replaceAll("[\\\\/:*?\"<>|]", "_").replace(' ', '_');
        return Messages.get("contest.sheets.fileName", name, String.valueOf(p.expertId()));
    }

    public static void write(OfflineSheets.ExpertPack pack, Path file) {
        XSSFWorkbook wb = new XSSFWorkbook();
        ExcelStyles styles = ExcelStyles.of(wb);
        CellStyle input = wb.createCellStyle();
        input.cloneStyleFrom(styles.integer());
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle inputText = wb.createCellStyle();
        inputText.cloneStyleFrom(styles.wrapped());
        inputText.setLocked(false);
        inputText.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        inputText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        String password = HexFormat.of().formatHex(RANDOM.generateSeed(8));
        List<Criterion> criteria = pack.criteria().criteria();
        List<Long> ids = criteria.stream().map(Criterion::id).toList();
        List<Integer> maxima = criteria.stream().map(Criterion::maxScore).toList();

        XSSFSheet meta = wb.createSheet(ExpertSheetLayout.META_SHEET);
        meta.createRow(0).createCell(0).setCellValue(ExpertSheetLayout.MARKER);
        List<Long> reviewIds = pack.items().stream().map(OfflineSheets.Item::reviewId).toList();
        Row manifest = meta.createRow(1);
        manifest.createCell(0).setCellValue(pack.contestId());
        manifest.createCell(1).setCellValue(pack.expertId());
        manifest.createCell(2).setCellValue(join(reviewIds));
        manifest.createCell(3).setCellValue(SheetChecksum.ofManifest(pack.secret(), pack.contestId(), pack.expertId(),
                reviewIds));
        int metaRow = 2;
        for (OfflineSheets.Item item : pack.items()) {
            String name = WorkbookUtil.createSafeSheetName(ExpertSheetLayout.sheetName(item.regNumber()));
            XSSFSheet s = wb.createSheet(name);
            Row m = meta.createRow(metaRow++);
            m.createCell(0).setCellValue(name);
            m.createCell(1).setCellValue(item.reviewId());
            m.createCell(2).setCellValue(join(ids));
            m.createCell(3).setCellValue(maxima.stream().map(String::valueOf).collect(Collectors.joining(",")));
            m.createCell(4).setCellValue(SheetChecksum.of(pack.secret(), pack.contestId(), pack.expertId(),
                    item.reviewId(), ids, maxima));
            fill(s, pack, item, criteria, styles, input, inputText);
            s.protectSheet(password);
        }
        wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
        wb.setActiveSheet(1);
        wb.setFirstVisibleTab(1);
        ExcelFiles.save(file, wb);
    }

    private static void fill(XSSFSheet s, OfflineSheets.ExpertPack pack, OfflineSheets.Item item,
                             List<Criterion> criteria, ExcelStyles styles, CellStyle input, CellStyle inputText) {
        s.setColumnWidth(COL_NUMBER, 5 * 256);
        s.setColumnWidth(COL_TITLE, 40 * 256);
        s.setColumnWidth(COL_LEVELS, 70 * 256);
        s.setColumnWidth(COL_MAX, 11 * 256);
        s.setColumnWidth(COL_SCORE, 11 * 256);
        s.setColumnHidden(COL_ID, true);
        text(s, 0, 0, pack.contestName(), styles.title());
        text(s, 1, 0, Messages.get("contest.sheets.expert", pack.expertName()), null);
        text(s, 2, 0, Messages.get("contest.sheets.application", item.regNumber(), item.organization()), null);
        text(s, 3, 0, Messages.get("contest.sheets.topic", item.topic()), null);
        Row h = s.createRow(FIRST_CRITERION_ROW - 1);
        String[] headers = {"contest.sheets.col.number", "contest.sheets.col.criterion", "contest.sheets.col.levels",
                "contest.sheets.col.max", "contest.sheets.col.score"};
        for (int i = 0; i < headers.length; i++) {
            var c = h.createCell(i);
            c.setCellValue(Messages.get(headers[i]));
            c.setCellStyle(styles.header());
        }
        DataValidationHelper dv = s.getDataValidationHelper();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            int r = FIRST_CRITERION_ROW + i;
            Row row = s.createRow(r);
            cell(row, COL_NUMBER, i + 1, styles.integer());
            var title = row.createCell(COL_TITLE);
            title.setCellValue(c.description() == null ? c.title() : c.title() + "\n" + c.description());
            title.setCellStyle(styles.wrapped());
            var levels = row.createCell(COL_LEVELS);
            levels.setCellValue(c.levels().entrySet().stream().map(e -> e.getKey() + " — " + e.getValue())
                    .collect(Collectors.joining("\n")));
            levels.setCellStyle(styles.wrapped());
            cell(row, COL_MAX, c.maxScore(), styles.integer());
            var score = row.createCell(COL_SCORE);
            score.setCellStyle(input);
            Integer current = item.current().scores().get(c.id());
            if (current != null) {
                score.setCellValue(current);
            }
            row.createCell(COL_ID).setCellValue(c.id());
            row.setHeightInPoints(Math.max(30, 15 * (c.levels().size() + 1)));
            DataValidationConstraint k = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "0", String.valueOf(c.maxScore()));
            DataValidation v = dv.createValidation(k, new CellRangeAddressList(r, r, COL_SCORE, COL_SCORE));
            v.setShowErrorBox(true);
            v.createErrorBox(Messages.get("contest.sheets.invalid.title"),
                    Messages.get("contest.sheets.invalid.text", c.maxScore()));
            s.addValidationData(v);
        }
        int total = ExpertSheetLayout.totalRow(criteria.size());
        Row t = s.createRow(total);
        var tl = t.createCell(COL_TITLE);
        tl.setCellValue(Messages.get("contest.sheets.total"));
        tl.setCellStyle(styles.boldText());
        var tv = t.createCell(COL_SCORE);
        StringBuilder formula = new StringBuilder();
        for (int i = 0; i < criteria.size(); i++) {
            if (i > 0) {
                formula.append('+');
            }
            formula.append('E').append(FIRST_CRITERION_ROW + i + 1).append('*').append(criteria.get(i).effectiveWeight());
        }
        tv.setCellFormula(formula.toString());
        tv.setCellStyle(styles.boldInteger());
        Row cr = s.createRow(ExpertSheetLayout.conclusionRow(criteria.size()));
        text(cr, COL_TITLE, Messages.get("contest.sheets.conclusion"), styles.boldText());
        var cv = cr.createCell(COL_LEVELS);
        cv.setCellStyle(inputText);
        if (item.current().conclusion() != null) {
            cv.setCellValue(item.current().conclusion().displayName());
        }
        DataValidation list = dv.createValidation(dv.createExplicitListConstraint(new String[] {
                Conclusion.RECOMMEND.displayName(), Conclusion.NOT_RECOMMEND.displayName()}),
                new CellRangeAddressList(cr.getRowNum(), cr.getRowNum(), COL_LEVELS, COL_LEVELS));
        list.setShowErrorBox(true);
        s.addValidationData(list);
        Row comment = s.createRow(ExpertSheetLayout.commentRow(criteria.size()));
        text(comment, COL_TITLE, Messages.get("contest.sheets.comment"), styles.boldText());
        var cc = comment.createCell(COL_LEVELS);
        cc.setCellStyle(inputText);
        if (item.current().comment() != null) {
            cc.setCellValue(item.current().comment());
        }
        comment.setHeightInPoints(60);
    }

    private static void text(XSSFSheet s, int row, int col, String value, CellStyle style) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        text(r, col, value, style);
    }

    private static void text(Row r, int col, String value, CellStyle style) {
        var c = r.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void cell(Row r, int col, double value, CellStyle style) {
        var c = r.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
