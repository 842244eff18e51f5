package ru.knmc.innonet.contest;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ru.knmc.innonet.common.UserException;

/** Opens a file with the program the system gives it (Word for .docx), as a double click would. */
final class FileLinks {
    private FileLinks() {
    }

    /** Runs off the FX thread: the desktop call may take a moment. A missing file is a message, not an error. */
    static Path open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("contest.files.missing", file.toString());
        }
        IOException failure = null;
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            try {
                Desktop.getDesktop().open(file.toFile());
                return file;
            } catch (IOException | RuntimeException e) {
                failure = e instanceof IOException io ? io : new IOException(e);
            }
        }
        // Linux desktops without the GNOME libraries AWT looks for: the freedesktop opener does the same
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            try {
                new ProcessBuilder("xdg-open", file.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return file;
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure == null) {
            throw new UserException("contest.files.noOpener", file.toString());
        }
        throw new UserException(failure, "contest.files.openFailed", file.toString());
    }
}
