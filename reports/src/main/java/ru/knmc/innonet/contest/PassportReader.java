package ru.knmc.innonet.contest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.InputVocabulary;
import ru.knmc.innonet.common.UserException;

/**
 * Reads a project passport back from a Word file in seed 004's layout — the one applicants fill and the
 * one {@link ContestDocuments#passport} writes: a table whose first column numbers the points 1…16, with
 * the stages as 11.k (title), 11.k.1 (dates), 11.k.2 (tasks), 11.k.3 (result). The last column holds the
 * text; the labels in between are not relied upon.
 */
@InputVocabulary
public final class PassportReader {
    private static final Logger LOG = LoggerFactory.getLogger(PassportReader.class);
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})(?:\\.(\\d{1,2}))?(?:\\.(\\d))?\\.?$");
    private static final Pattern NONE = Pattern.compile("^(нет|отсутствует|-|—)\\.?$", Pattern.CASE_INSENSITIVE);

    /** What a passport file says: the text points, the stages, and the authors and supervisor as written. */
    public record Imported(Passport passport, List<PassportStage> stages, List<String> authorNames,
                           String supervisorName) {
    }

    private PassportReader() {
    }

    public static Imported read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                Imported i = read(t, name);
                if (i != null) {
                    return i;
                }
            }
        } catch (UserException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read passport {}", file, e);
            throw new UserException(e, "contest.passportImport.unreadable", name);
        }
        throw new UserException("contest.passportImport.noTable", name);
    }

    private static Imported read(XWPFTable table, String file) {
        String[] points = new String[17];
        TreeMap<Integer, String[]> stages = new TreeMap<>();
        boolean found = false;
        int rowNumber = 0;
        for (XWPFTableRow row : table.getRows()) {
            rowNumber++;
            List<XWPFTableCell> cells = row.getTableCells();
            if (cells.size() < 2) {
                continue;
            }
            Matcher m = NUMBER.matcher(text(cells.get(0)).strip());
            if (!m.matches()) {
                continue;
            }
            int point = Integer.parseInt(m.group(1));
            String value = text(cells.get(cells.size() - 1)).strip();
            if (m.group(2) == null) {
                if (point >= 1 && point <= 16) {
                    points[point] = value;
                    found |= point == 1;
                }
            } else if (point == 11) {
                String[] st = stages.computeIfAbsent(Integer.parseInt(m.group(2)), k -> new String[4]);
                st[m.group(3) == null ? 0 : Math.min(3, Integer.parseInt(m.group(3)))] = value;
            }
        }
        if (!found) {
            return null;
        }
        String topic = points[1] == null ? "" : points[1].replaceAll("^[«\"“]+|[»\"”.]+$", "").strip();
        if (topic.isEmpty()) {
            throw new UserException("contest.passportImport.noTopic", file, rowNumber);
        }
        List<PassportStage> list = new ArrayList<>();
        for (String[] st : stages.values()) {
            list.add(new PassportStage(blank(st[0]) == null ? "" : st[0], blank(st[1]), blank(st[2]), blank(st[3])));
        }
        List<String> authors = points[2] == null ? List.of() : Arrays.stream(points[2].split("[\\n;]"))
                .map(s -> s.replaceAll(",\\s*$", "").strip()).filter(s -> !s.isEmpty()).collect(Collectors.toList());
        String supervisor = blank(points[3]);
        if (supervisor != null && NONE.matcher(supervisor).matches()) {
            supervisor = null;
        }
        Passport p = new Passport(topic, blank(points[4]), blank(points[5]), blank(points[6]), blank(points[7]),
                blank(points[8]), blank(points[9]), blank(points[10]), blank(points[12]), blank(points[13]),
                blank(points[14]), blank(points[15]), blank(points[16]));
        return new Imported(p, list, authors, supervisor);
    }

    /** The person's name at the start of an author line: «Иванова Наталья Анатольевна, методист…». */
    public static String personName(String line) {
        int comma = line.indexOf(',');
        return (comma < 0 ? line : line.substring(0, comma)).strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).map(t -> t.replace('\u00A0', ' '))
                .collect(Collectors.joining("\n"));
    }
}
