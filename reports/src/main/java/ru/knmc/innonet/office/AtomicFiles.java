package ru.knmc.innonet.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.UserException;

/**
 * Saves a document so that the user never finds a half-written file: the content goes to a temporary
 * file next to the target (same folder, so the final move is a rename on the same disk) and replaces
 * the target only once it is complete. Every failure becomes a Russian {@link UserException} naming
 * the file. Excel workbooks, Word documents, images and HTML pages all go through here.
 */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    /** Writes the content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code out} atomically. */
    public static void write(Path out, Content content) {
        Path target = checkWritable(out);
        Path tmp = createTemp(target, target.getParent());
        boolean moved = false;
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                content.writeTo(os);
            } catch (IOException | RuntimeException e) {
                LOG.error("Cannot write to {}", tmp, e);
                if (e instanceof UserException u) {
                    throw u;
                }
                throw new UserException(e, "export.error.write", target.toString());
            }
            givePermissions(tmp, target);
            move(tmp, target);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Fails fast, before a long export, when the file cannot be replaced; returns the absolute path.
     * Opening an existing file for writing (without truncating it) is how a file held open by Excel on
     * Windows shows itself. {@link #save} checks again, as the file may be opened in between.
     */
    public static Path checkWritable(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("export.error.folderMissing", target.toString(), String.valueOf(folder));
        }
        if (Files.isDirectory(target)) {
            throw new UserException("export.error.isFolder", target.toString());
        }
        if (Files.exists(target)) {
            try (FileChannel ignored = FileChannel.open(target, StandardOpenOption.WRITE)) {
                // only probing
            } catch (IOException e) {
                LOG.warn("Target {} cannot be opened for writing", target, e);
                throw new UserException(e, "export.error.locked", target.toString());
            }
        }
        return target;
    }

    private static Path createTemp(Path target, Path folder) {
        try {
            // a dot-name so that a temporary file left by a killed process stays out of the user's way
            return Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            LOG.warn("Cannot create a file in {}", folder, e);
            throw new UserException(e, "export.error.folderReadOnly", target.toString(), folder.toString());
        }
    }

    /**
     * A temporary file is created readable by its owner only; the saved file gets the permissions of
     * the file it replaces, or those of an ordinary new file, so colleagues can open it in a shared folder.
     */
    private static void givePermissions(Path tmp, Path target) {
        try {
            if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return; // Windows: the folder's access rights are inherited already
            }
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, permissions);
        } catch (IOException e) {
            LOG.warn("Cannot set permissions of {}", tmp, e);
        }
    }

    private static void move(Path tmp, Path target) {
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the target was opened (by Excel) or protected between the check and the move
            LOG.warn("Cannot replace {}", target, e);
            throw new UserException(e, "export.error.locked", target.toString());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Cannot delete temporary file {}", p, e);
        }
    }

}
