package ru.knmc.innonet.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** Reads the first non-empty sheet of an Excel book (.xlsx, also the old .xls) into lines. */
final class ExcelTableReader {
    private static final Logger LOG = LoggerFactory.getLogger(ExcelTableReader.class);
    /**
     * Stricter than POI's default (4 GB): no registry sheet comes near 512 MB of XML. POI's minimum inflate
     * ratio (1 %) stays as it is; both refuse zip bombs before they fill the memory.
     */
    private static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;
    /** A merged region is filled in up to this many columns: a whole-row merge must not make 16 384 cells. */
    private static final int MAX_MERGED_COLUMNS = 256;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
    }

    private ExcelTableReader() {
    }

    static RawTable read(Path file, String fileName) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw new UserException("import.error.notExcel", fileName);
        }
        try (Workbook book = open(file, fileName)) {
            for (Sheet sheet : book) {
                List<SheetLine> lines = lines(sheet);
                int header = HeaderLocator.headerIndex(lines);
                if (header >= 0) {
                    String kind = magic == FileMagic.OOXML ? "xlsx" : "xls";
                    return HeaderLocator.table(fileName, headerRow -> Messages.get("import.format.excel", kind,
                            sheet.getSheetName(), String.valueOf(headerRow)), lines, header);
                }
            }
        }
        throw new UserException("import.error.empty", fileName);
    }

    static Workbook open(Path file, String fileName) {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new UserException(e, "import.error.encrypted", fileName);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot open {} as a workbook", file, e);
            if (isZipBomb(e)) {
                throw new UserException(e, "import.error.zipBomb", fileName);
            }
            throw new UserException(e, "import.error.notExcel", fileName);
        }
    }

    /** POI has no exception type for it: its IOException says «Zip bomb detected!», possibly wrapped. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb"))) {
                return true;
            }
        }
        return false;
    }

    static List<SheetLine> lines(Sheet sheet) {
        Map<Integer, Map<Integer, String>> merged = mergedFill(sheet);
        List<SheetLine> lines = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<Integer, String> fill = merged.getOrDefault(r, Map.of());
            int width = Math.max(row == null ? 0 : row.getLastCellNum(),
                    fill.keySet().stream().mapToInt(c -> c + 1).max().orElse(0));
            List<String> cells = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                String value = fill.containsKey(c) ? fill.get(c) : row == null ? "" : CellText.of(row.getCell(c));
                cells.add(Normalizer.text(value));
            }
            lines.add(new SheetLine(r + 1, cells));
        }
        return lines;
    }

    /** The value of each merged region's top-left cell, for every other cell of the region: row → column → value. */
    private static Map<Integer, Map<Integer, String>> mergedFill(Sheet sheet) {
        Map<Integer, Map<Integer, String>> fill = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Row top = sheet.getRow(region.getFirstRow());
            String value = top == null ? "" : CellText.of(top.getCell(region.getFirstColumn()));
            int lastRow = Math.min(region.getLastRow(), sheet.getLastRowNum());
            int lastColumn = Math.min(region.getLastColumn(), region.getFirstColumn() + MAX_MERGED_COLUMNS);
            for (int r = region.getFirstRow(); r <= lastRow; r++) {
                Map<Integer, String> rowFill = fill.computeIfAbsent(r, k -> new HashMap<>());
                for (int c = region.getFirstColumn(); c <= lastColumn; c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        rowFill.put(c, value);
                    }
                }
            }
        }
        return fill;
    }
}
