package ru.knmc.innonet.office;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.UserException;

/** Saves workbooks through {@link AtomicFiles}, so that the user never finds a half-written file. */
public final class ExcelFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ExcelFiles.class);

    private ExcelFiles() {
    }

    /** Writes {@code workbook} to {@code out} atomically and closes the workbook (also on failure). */
    public static void save(Path out, Workbook workbook) {
        try {
            AtomicFiles.write(out, workbook::write);
        } finally {
            closeQuietly(workbook);
        }
    }

    /** See {@link AtomicFiles#checkWritable}. */
    public static Path checkWritable(Path out) {
        return AtomicFiles.checkWritable(out);
    }

    /** A failure while the workbook is filled (POI's temporary files) as the user sees it. */
    public static RuntimeException failed(Path out, SXSSFWorkbook workbook, RuntimeException e) {
        workbook.dispose();
        LOG.error("Cannot build workbook for {}", out, e);
        return e.getCause() instanceof IOException
                ? new UserException(e, "export.error.write", out.toAbsolutePath().toString()) : e;
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose(); // the streamed rows live in temporary files until disposed
            }
            workbook.close();
        } catch (IOException e) {
            LOG.warn("Cannot close workbook", e);
        }
    }
}
