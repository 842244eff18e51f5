package ru.knmc.innonet.contest;

import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_ID;
import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_LEVELS;
import static ru.knmc.innonet.contest.ExpertSheetLayout.COL_SCORE;
import static ru.knmc.innonet.contest.ExpertSheetLayout.FIRST_CRITERION_ROW;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * Reads a folder of returned expert workbooks. Every sheet is matched to its expert and review by the
 * hidden identifiers, whose signature must match; a file that is not an expert workbook, an altered
 * identifier or structure, a missing sheet, a score that is not a whole number — each is a refusal with
 * its reason. What passes goes to {@link OfflineSheets#check} for the checks against the database.
 */
public final class ExpertSheetReader {
    private static final Logger LOG = LoggerFactory.getLogger(ExpertSheetReader.class);

    /** What a folder holds: readable sheets and refusals. */
    public record Result(List<OfflineSheets.Returned> sheets, List<OfflineSheets.Refusal> refusals) {
    }

    private ExpertSheetReader() {
    }

    /** Reads every file of {@code folder} (hidden files and Excel's lock files «~$…» aside). */
    public static Result readFolder(Path folder, LongFunction<String> secretOfContest) {
        if (!Files.isDirectory(folder)) {
            throw new UserException("contest.collect.noFolder", folder.toString());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().startsWith("~$")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UserException(e, "contest.collect.noFolder", folder.toString());
        }
        if (files.isEmpty()) {
            throw new UserException("contest.collect.emptyFolder", folder.toString());
        }
        List<OfflineSheets.Returned> sheets = new ArrayList<>();
        List<OfflineSheets.Refusal> refusals = new ArrayList<>();
        for (Path f : files) {
            read(f, secretOfContest, sheets, refusals);
        }
        return new Result(sheets, refusals);
    }

    static void read(Path file, LongFunction<String> secretOfContest, List<OfflineSheets.Returned> sheets,
                     List<OfflineSheets.Refusal> refusals) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet meta = wb.getSheet(ExpertSheetLayout.META_SHEET);
            if (meta == null || !ExpertSheetLayout.MARKER.equals(text(meta, 0, 0))) {
                refusals.add(new OfflineSheets.Refusal(name, null, Messages.get("contest.collect.notASheet")));
                return;
            }
            long contestId = number(meta, 1, 0);
            long expertId = number(meta, 1, 1);
            List<Long> manifestIds = ids(text(meta, 1, 2));
            String secret = secretOfContest.apply(contestId);
            if (secret == null || !SheetChecksum.ofManifest(secret, contestId, expertId, manifestIds)
                    .equals(text(meta, 1, 3))) {
                refusals.add(new OfflineSheets.Refusal(name, null, Messages.get("contest.collect.altered")));
                return;
            }
            List<OfflineSheets.Returned> found = new ArrayList<>();
            Map<Long, String> sheetOfReview = new LinkedHashMap<>();
            for (int r = 2; r <= meta.getLastRowNum(); r++) {
                String sheetName = text(meta, r, 0);
                long reviewId = number(meta, r, 1);
                List<Long> criterionIds = ids(text(meta, r, 2));
                List<Integer> maxima = Arrays.stream(text(meta, r, 3).split(",")).filter(s -> !s.isBlank())
                        .map(Integer::valueOf).toList();
                if (!SheetChecksum.of(secret, contestId, expertId, reviewId, criterionIds, maxima).equals(text(meta, r, 4))) {
                    refusals.add(new OfflineSheets.Refusal(name, sheetName, Messages.get("contest.collect.altered")));
                    return;
                }
                sheetOfReview.put(reviewId, sheetName);
                Sheet s = wb.getSheet(sheetName);
                if (s == null) {
                    refusals.add(new OfflineSheets.Refusal(name, sheetName, Messages.get("contest.collect.sheetMissing")));
                    return;
                }
                OfflineSheets.Returned sheet = sheet(name, s, contestId, expertId, reviewId, criterionIds, refusals);
                if (sheet == null) {
                    return;
                }
                found.add(sheet);
            }
            if (!manifestIds.equals(new ArrayList<>(sheetOfReview.keySet()))) {
                refusals.add(new OfflineSheets.Refusal(name, null, Messages.get("contest.collect.altered")));
                return;
            }
            sheets.addAll(found);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read returned sheet {}", file, e);
            refusals.add(new OfflineSheets.Refusal(name, null, Messages.get("contest.collect.notASheet")));
        }
    }

    private static OfflineSheets.Returned sheet(String file, Sheet s, long contestId, long expertId, long reviewId,
                                                List<Long> criterionIds, List<OfflineSheets.Refusal> refusals) {
        Map<Long, Integer> scores = new HashMap<>();
        List<Long> rowIds = new ArrayList<>();
        for (int i = 0; i < criterionIds.size(); i++) {
            Row row = s.getRow(FIRST_CRITERION_ROW + i);
            Cell id = row == null ? null : row.getCell(COL_ID);
            if (id == null || id.getCellType() != CellType.NUMERIC) {
                refusals.add(new OfflineSheets.Refusal(file, s.getSheetName(), Messages.get("contest.collect.structure")));
                return null;
            }
            rowIds.add((long) id.getNumericCellValue());
        }
        if (!rowIds.equals(criterionIds)) {
            refusals.add(new OfflineSheets.Refusal(file, s.getSheetName(), Messages.get("contest.collect.structure")));
            return null;
        }
        for (int i = 0; i < criterionIds.size(); i++) {
            Cell c = s.getRow(FIRST_CRITERION_ROW + i).getCell(COL_SCORE);
            if (c == null || c.getCellType() == CellType.BLANK) {
                continue;
            }
            if (c.getCellType() != CellType.NUMERIC || c.getNumericCellValue() != Math.rint(c.getNumericCellValue())) {
                refusals.add(new OfflineSheets.Refusal(file, s.getSheetName(), Messages.get("contest.collect.notNumber",
                        FIRST_CRITERION_ROW + i + 1, new DataFormatter().formatCellValue(c))));
                return null;
            }
            scores.put(criterionIds.get(i), (int) c.getNumericCellValue());
        }
        int n = criterionIds.size();
        String conclusionText = text(s, ExpertSheetLayout.conclusionRow(n), COL_LEVELS).strip();
        Conclusion conclusion = null;
        for (Conclusion k : Conclusion.values()) {
            if (k.displayName().equalsIgnoreCase(conclusionText)) {
                conclusion = k;
            }
        }
        String comment = text(s, ExpertSheetLayout.commentRow(n), COL_LEVELS).strip();
        return new OfflineSheets.Returned(file, s.getSheetName(), contestId, expertId, reviewId, criterionIds, scores,
                comment.isEmpty() ? null : comment, conclusion);
    }

    private static String text(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    private static long number(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c == null || c.getCellType() != CellType.NUMERIC) {
            throw new IllegalArgumentException("not a number at " + row + ":" + col);
        }
        return (long) c.getNumericCellValue();
    }

    private static List<Long> ids(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(s -> Long.valueOf(s.strip())).toList();
    }
}
