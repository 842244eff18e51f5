package ru.knmc.innonet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import ru.knmc.innonet.office.word.DocumentStyle;
import ru.knmc.innonet.office.word.DocumentTemplates;

/**
 * The user's data folder ({@code ~/.innonet}, {@code %APPDATA%\Innonet}, or {@code INNONET_HOME}) and the
 * settings file in it: where the database is and how to reach a shared server.
 */
public final class AppHome {
    public static final String SETTINGS_FILE = "innonet.properties";
    /** Font family of the Word documents. */
    public static final String DOCUMENT_FONT = "documents.font";
    /** Folder with the user's .docx templates; empty for the built-in ones. */
    public static final String TEMPLATES_FOLDER = "documents.templates";
    private final Path dir;

    public AppHome(Path dir) {
        this.dir = dir;
    }

    public static AppHome detect() {
        String explicit = System.getProperty("innonet.home", System.getenv("INNONET_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return new AppHome(Path.of(explicit));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String appData = System.getenv("APPDATA");
        if (os.contains("win") && appData != null) {
            return new AppHome(Path.of(appData, "Innonet"));
        }
        return new AppHome(Path.of(System.getProperty("user.home"), ".innonet"));
    }

    public Path dir() {
        return dir;
    }

    public Path defaultDatabase() {
        return dir.resolve("innonet");
    }

    public Path logDir() {
        return dir.resolve("logs");
    }

    public Path settingsFile() {
        return dir.resolve(SETTINGS_FILE);
    }

    public Properties settings() {
        Properties p = new Properties();
        Path file = settingsFile();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(AppHome.class).warn("Cannot read settings {}", file, e);
            }
        }
        return p;
    }

    /** The documents' font as the settings name it, read afresh: a change applies to the next document. */
    public DocumentStyle documentStyle() {
        return new DocumentStyle(settings().getProperty(DOCUMENT_FONT, DocumentStyle.TIMES));
    }

    /** The templates the next document is written from: the user's folder when set, else the built-in ones. */
    public DocumentTemplates templates() {
        Properties p = settings();
        String folder = p.getProperty(TEMPLATES_FOLDER, "").strip();
        return new DocumentTemplates(folder.isEmpty() ? null : Path.of(folder),
                new DocumentStyle(p.getProperty(DOCUMENT_FONT, DocumentStyle.TIMES)));
    }

    public void saveSettings(Properties p) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "settings", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), "Innonet");
        }
        Files.move(tmp, settingsFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
