package ru.knmc.innonet.contest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.ExcelStyles;

/**
 * The contest's score tables in Excel: the ranking per subsystem (consolidated: total, median, spread,
 * flags, decision) and every expert's scores per criterion.
 */
public final class ContestResultsWorkbook {
    private ContestResultsWorkbook() {
    }

    /** One expert's scored sheet for the second table. */
    public record ExpertScores(int regNumber, String organization, String expert, Map<Long, Integer> scores,
                               double total) {
    }

    /** Every scored remote review of the contest, in the order of the applications. */
    public static List<ExpertScores> expertScores(ReviewService reviews, CriteriaSet set, long contestId) {
        return reviews.list(contestId).stream().filter(r -> r.purpose() == Purpose.REMOTE && r.scored()).map(r -> {
            ScoreSheet sheet = reviews.sheet(r.reviewId());
            return new ExpertScores(r.regNumber(), r.organization(), r.expert(), sheet.scores(), sheet.total(set));
        }).toList();
    }

    public static void write(Path out, Contest contest, CriteriaSet criteria, List<RankedApplication> ranking,
                             List<ExpertScores> scores) {
        ExcelFiles.checkWritable(out);
        XSSFWorkbook wb = new XSSFWorkbook();
        ExcelStyles st = ExcelStyles.of(wb);
        CellStyle decimal = wb.createCellStyle();
        decimal.cloneStyleFrom(st.text());
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        Sheet r = wb.createSheet(Messages.get("contest.results.sheet.ranking"));
        title(r, contest.displayName(), st);
        int row = 2;
        header(r, row++, st, "contest.results.col.subsystem", "contest.results.col.rank", "contest.results.col.number",
                "contest.results.col.organization", "contest.results.col.topic", "contest.results.col.experts",
                "contest.results.col.score", "contest.results.col.median", "contest.results.col.spread",
                "contest.results.col.flags", "contest.results.col.decision");
        for (RankedApplication a : ranking) {
            Row x = r.createRow(row++);
            text(x, 0, a.subsystem().displayName(), st.text());
            num(x, 1, a.rank(), st.integer());
            num(x, 2, a.regNumber(), st.integer());
            text(x, 3, a.organization(), st.wrapped());
            text(x, 4, a.topic(), st.wrapped());
            num(x, 5, a.remote().sheets(), st.integer());
            if (a.score() != null) {
                num(x, 6, a.score(), decimal);
                num(x, 7, a.remote().median(), decimal);
                num(x, 8, a.remote().spread(), decimal);
            }
            text(x, 9, flags(a), st.wrapped());
            text(x, 10, a.decision() == null ? "" : a.decision().displayName(), st.text());
        }
        widths(r, 22, 7, 7, 30, 50, 9, 10, 10, 10, 30, 18);
        Sheet s = wb.createSheet(Messages.get("contest.results.sheet.scores"));
        title(s, contest.displayName(), st);
        Row h = s.createRow(2);
        String[] fixed = {"contest.results.col.number", "contest.results.col.organization", "contest.results.col.expert"};
        for (int i = 0; i < fixed.length; i++) {
            text(h, i, Messages.get(fixed[i]), st.header());
        }
        List<Criterion> cs = criteria.criteria();
        for (int i = 0; i < cs.size(); i++) {
            text(h, 3 + i, (i + 1) + ". " + cs.get(i).title(), st.header());
            s.setColumnWidth(3 + i, 14 * 256);
        }
        text(h, 3 + cs.size(), Messages.get("contest.results.col.total"), st.header());
        row = 3;
        for (ExpertScores e : scores) {
            Row x = s.createRow(row++);
            num(x, 0, e.regNumber(), st.integer());
            text(x, 1, e.organization(), st.wrapped());
            text(x, 2, e.expert(), st.text());
            for (int i = 0; i < cs.size(); i++) {
                Integer v = e.scores().get(cs.get(i).id());
                if (v != null) {
                    num(x, 3 + i, v, st.integer());
                }
            }
            num(x, 3 + cs.size(), e.total(), decimal);
        }
        s.setColumnWidth(0, 7 * 256);
        s.setColumnWidth(1, 30 * 256);
        s.setColumnWidth(2, 22 * 256);
        ExcelFiles.save(out, wb);
    }

    static String flags(RankedApplication a) {
        StringBuilder b = new StringBuilder();
        if (a.disagreement()) {
            b.append(Messages.get("contest.results.flag.disagreement"));
        }
        if (a.tie()) {
            b.append(b.length() > 0 ? "; " : "").append(Messages.get("contest.results.flag.tie"));
        }
        if (a.score() != null && !a.passes()) {
            b.append(b.length() > 0 ? "; " : "").append(Messages.get("contest.results.flag.belowThreshold"));
        }
        return b.toString();
    }

    private static void title(Sheet s, String text, ExcelStyles st) {
        text(s.createRow(0), 0, text, st.title());
    }

    private static void header(Sheet s, int row, ExcelStyles st, String... keys) {
        Row h = s.createRow(row);
        for (int i = 0; i < keys.length; i++) {
            text(h, i, Messages.get(keys[i]), st.header());
        }
    }

    private static void widths(Sheet s, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            s.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static void text(Row r, int col, String v, CellStyle style) {
        var c = r.createCell(col);
        c.setCellValue(v == null ? "" : v);
        c.setCellStyle(style);
    }

    private static void num(Row r, int col, double v, CellStyle style) {
        var c = r.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style);
    }
}
