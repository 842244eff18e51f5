package ru.knmc.innonet.app;

import java.nio.file.Path;
import ru.knmc.innonet.cli.InnonetCommand;

/**
 * The entry point. Kept free of JavaFX types: on the classpath the JavaFX launcher refuses an
 * {@code Application} subclass as the main class. No command opens the window; a command works headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // The program speaks Russian whatever the workstation's locale: bundles, dates, numbers.
        java.util.Locale.setDefault(ru.knmc.innonet.common.Messages.RUSSIAN);
        AppHome home = AppHome.detect();
        configureLogging(home.logDir());
        int status = InnonetCommand.run(home, args);
        System.exit(status);
    }

    /** Logback reads the log folder from this property; it must be set before the first logger. */
    static void configureLogging(Path logDir) {
        if (System.getProperty("innonet.logdir") == null) {
            System.setProperty("innonet.logdir", logDir.toString());
        }
    }
}
