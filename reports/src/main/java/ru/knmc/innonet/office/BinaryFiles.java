package ru.knmc.innonet.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.UserException;

/** Pictures and web pages written like workbooks: checked first, then atomically through a temporary file. */
public final class BinaryFiles {
    private static final Logger LOG = LoggerFactory.getLogger(BinaryFiles.class);

    private BinaryFiles() {
    }

    public static void write(Path out, byte[] bytes) {
        Path target = ExcelFiles.checkWritable(out);
        Path tmp;
        try {
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new UserException(e, "export.error.folderReadOnly", target.toString(), String.valueOf(target.getParent()));
        }
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("Cannot write {}", target, e);
            throw new UserException(e, "export.error.write", target.toString());
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.warn("Cannot delete {}", tmp, e);
            }
        }
    }
}
