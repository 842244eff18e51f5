package ru.knmc.innonet.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * The readers of imported lists, opened for files whose layout is not a list under a header (analytics exports
 * with a totals row, comment lines, several tables): the decoded text of a CSV, or the cleaned cells of a sheet.
 */
public final class RawGrids {
    /** Lines of a sheet: each a list of cleaned cells, {@code number} as Excel shows it. */
    public record Line(int number, List<String> cells) {
    }

    public record Grid(String formatDescription, List<Line> lines) {
    }

    private RawGrids() {
    }

    /** The text of a CSV, decoded as the list import decodes it (BOM, UTF-8, Windows-1251…), and how. */
    public static String[] text(byte[] bytes, String fileName) {
        TextDecoder.Decoded d = TextDecoder.decode(bytes, fileName);
        return new String[] {d.text(), d.encodingLabel()};
    }

    /** The first sheet with any filled cell, as lines. */
    public static Grid excel(Path file, String fileName) throws IOException {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw new UserException("import.error.notExcel", fileName);
        }
        try (Workbook book = ExcelTableReader.open(file, fileName)) {
            for (Sheet sheet : book) {
                List<SheetLine> lines = ExcelTableReader.lines(sheet);
                if (lines.stream().anyMatch(l -> !l.isBlank())) {
                    String kind = magic == FileMagic.OOXML ? "xlsx" : "xls";
                    return new Grid(Messages.get("import.format.excel", kind, sheet.getSheetName(), "1"),
                            lines.stream().map(l -> new Line(l.number(), l.cells())).toList());
                }
            }
        }
        throw new UserException("import.error.empty", fileName);
    }
}
