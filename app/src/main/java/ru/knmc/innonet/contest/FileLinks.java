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
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new UserException("contest.files.noOpener", file.toString());
        }
        try {
            Desktop.getDesktop().open(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UserException(e, "contest.files.openFailed", file.toString());
        }
        return file;
    }
}
