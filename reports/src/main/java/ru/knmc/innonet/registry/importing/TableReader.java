package ru.knmc.innonet.registry.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * Reads a legacy registry list (.xlsx, .xls, .csv, .txt, .tsv) into a {@link RawTable}. Every failure is a
 * {@link UserException} in Russian naming the file; a header without data rows is a table with no rows.
 */
public class TableReader {
    /** Far above any registry list (the krai's has a few thousand rows), far below what would exhaust memory. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    public RawTable read(Path file) {
        Path nameOnly = file.getFileName();
        String fileName = nameOnly == null ? file.toString() : nameOnly.toString();
        if (!Files.exists(file)) {
            throw new UserException("import.error.notFound", file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new UserException("import.error.isDirectory", file.toString());
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UserException("import.error.empty", fileName);
            }
            if (size > MAX_BYTES) {
                throw new UserException("import.error.tooLarge", fileName, String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_BYTES / (1024 * 1024)));
            }
            return switch (extension(fileName)) {
                case "xlsx", "xlsm", "xls" -> ExcelTableReader.read(file, fileName);
                case "csv", "txt", "tsv" -> CsvTableReader.read(Files.readAllBytes(file), fileName);
                default -> throw new UserException("import.error.unsupported", fileName);
            };
        } catch (NoSuchFileException e) {
            throw new UserException(e, "import.error.notFound", file.toString());
        } catch (AccessDeniedException e) {
            throw new UserException(e, "import.error.unreadable", fileName, Messages.get("import.error.accessDenied"));
        } catch (IOException e) {
            throw new UserException(e, "import.error.unreadable", fileName, String.valueOf(e.getMessage()));
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
