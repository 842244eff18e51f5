package ru.knmc.innonet.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import ru.knmc.innonet.app.AppHome;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Dialogs;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.office.word.DocumentStyle;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.TemplateSpec;
import ru.knmc.innonet.office.word.Templates;

/**
 * «Настройки»: where the program keeps its files, and which database the next start opens. The form is
 * validated as it is typed; «Проверить подключение» opens the database in the background; «Сохранить»
 * writes {@code innonet.properties}, read only at start-up, so the change waits for a restart.
 */
public final class SettingsViewModel {
    public enum Mode { EMBEDDED, SERVER }

    static final String URL = "db.url";
    static final String USER = "db.user";
    static final String PASSWORD = "db.password";

    private final AppHome home;
    private final Background background;
    private final String currentDatabase;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.EMBEDDED);
    private final StringProperty embeddedPath = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerUrl.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty documentFont = new SimpleStringProperty(DocumentStyle.TIMES);
    private final StringProperty templatesFolder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper templatesError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper templatesMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper templatesSucceeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper templatesBusy = new ReadOnlyBooleanWrapper();
    /** Parameters after «?» in the loaded address, kept on save (the form has no fields for them). */
    private String serverParameters = "";

    private final ReadOnlyStringWrapper pathError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper databaseError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper loadNote = new ReadOnlyStringWrapper();

    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper checkMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper checkSucceeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper saveSucceeded = new ReadOnlyBooleanWrapper();
    /** Bumped on every edit, so that a check finishing after the form changed does not report on the new form. */
    private int edits;

    public SettingsViewModel(AppHome home, Background background, String currentDatabase) {
        this.home = home;
        this.background = background;
        this.currentDatabase = currentDatabase;
        ChangeListener<Object> changed = (o, a, b) -> {
            edits++;
            checkMessage.set(null);
            saveMessage.set(null);
            validate();
        };
        for (var p : new javafx.beans.value.ObservableValue<?>[] {mode, embeddedPath, host, port, database, user, password,
                documentFont, templatesFolder}) {
            p.addListener(changed);
        }
        validate();
    }

    /** Reads the settings file back into the form; no file or no address means the embedded default. */
    public void load() {
        Properties s = home.settings();
        String url = s.getProperty(URL, "").strip();
        loadNote.set(null);
        serverParameters = "";
        embeddedPath.set(home.defaultDatabase().toString());
        host.set("");
        port.set(String.valueOf(ServerUrl.DEFAULT_PORT));
        database.set("");
        user.set(s.getProperty(USER, ""));
        password.set(s.getProperty(PASSWORD, ""));
        if (url.isEmpty()) {
            mode.set(Mode.EMBEDDED);
        } else if (ServerUrl.isServerUrl(url)) {
            ServerUrl.parse(url).ifPresentOrElse(u -> {
                host.set(u.host());
                port.set(String.valueOf(u.port()));
                database.set(u.database());
                serverParameters = u.parameters();
            }, () -> loadNote.set(Messages.get("settings.load.unparsed", url)));
            mode.set(Mode.SERVER);
        } else {
            embeddedPath.set(h2Path(url));
            mode.set(Mode.EMBEDDED);
        }
        documentFont.set(s.getProperty(AppHome.DOCUMENT_FONT, DocumentStyle.TIMES));
        templatesFolder.set(s.getProperty(AppHome.TEMPLATES_FOLDER, ""));
        checkMessage.set(null);
        saveMessage.set(null);
        templatesMessage.set(null);
    }

    // «jdbc:h2:file:/x/innonet;MODE=…» is shown as the path /x/innonet; other H2 URLs as they are
    private static String h2Path(String url) {
        if (url.startsWith("jdbc:h2:file:")) {
            int semi = url.indexOf(';');
            return url.substring("jdbc:h2:file:".length(), semi < 0 ? url.length() : semi);
        }
        return url;
    }

    private void validate() {
        boolean server = mode.get() == Mode.SERVER;
        pathError.set(server ? null : FieldRules.path(embeddedPath.get()));
        hostError.set(server ? FieldRules.host(host.get()) : null);
        portError.set(server ? FieldRules.port(port.get()) : null);
        databaseError.set(server ? FieldRules.database(database.get()) : null);
        templatesError.set(FieldRules.templatesFolder(templatesFolder.get()));
        String first = null;
        for (String e : new String[] {pathError.get(), hostError.get(), portError.get(), databaseError.get(),
                templatesError.get()}) {
            if (first == null && e != null) {
                first = e;
            }
        }
        validation.set(first);
        valid.set(first == null);
    }

    /** The value written as {@code db.url}: the server address or the path of the embedded file. */
    String url() {
        if (mode.get() == Mode.SERVER) {
            return new ServerUrl(host.get().strip(), Integer.parseInt(port.get().strip()), database.get().strip(),
                    serverParameters).jdbcUrl();
        }
        String v = embeddedPath.get().strip();
        if (v.startsWith("jdbc:")) {
            return v;
        }
        // H2 adds «.mv.db» itself; a relative path would depend on the folder the program is started from
        String path = Path.of(v).toAbsolutePath().toString();
        return path.endsWith(".mv.db") ? path.substring(0, path.length() - ".mv.db".length()) : path;
    }

    /** The database the form describes, the way the next start will open it. */
    public DatabaseLocation location() {
        if (mode.get() == Mode.SERVER) {
            return DatabaseLocation.parse(url(), blankToNull(user.get()), blankToNull(password.get()));
        }
        return DatabaseLocation.parse(url(), null, null);
    }

    /** Opens (and so also creates or migrates) the database off the FX thread, then closes it again. */
    public void check() {
        if (!valid.get() || checking.get()) {
            return;
        }
        DatabaseLocation target = location();
        int at = edits;
        checking.set(true);
        checkMessage.set(null);
        background.run(() -> {
            try (Database db = Database.open(target)) {
                return db.location().display();
            }
        }, ok -> finishCheck(at, true, Messages.get("settings.check.ok")),
                failure -> finishCheck(at, false, Dialogs.describe(failure)));
    }

    private void finishCheck(int at, boolean ok, String text) {
        checking.set(false);
        if (at == edits) {
            checkSucceeded.set(ok);
            checkMessage.set(text);
        }
    }

    /** Writes the settings file, keeping keys this screen does not know; true when written. */
    public boolean save() {
        if (!valid.get()) {
            return false;
        }
        Properties s = home.settings();
        s.setProperty(URL, url());
        if (mode.get() == Mode.SERVER) {
            putOrRemove(s, USER, user.get());
            putOrRemove(s, PASSWORD, password.get());
        } else {
            s.remove(USER);
            s.remove(PASSWORD);
        }
        String font = documentFont.get() == null ? "" : documentFont.get().strip();
        s.setProperty(AppHome.DOCUMENT_FONT, font.isEmpty() ? DocumentStyle.TIMES : font);
        putOrRemove(s, AppHome.TEMPLATES_FOLDER, templatesFolder.get() == null ? "" : templatesFolder.get().strip());
        try {
            home.saveSettings(s);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SettingsViewModel.class).error("Cannot save settings", e);
            saveSucceeded.set(false);
            saveMessage.set(Messages.get("settings.save.failed", home.settingsFile().toString(), String.valueOf(e.getMessage())));
            return false;
        }
        saveSucceeded.set(true);
        saveMessage.set(Messages.get("settings.save.done", home.settingsFile().toString()));
        return true;
    }

    /**
     * Writes the built-in templates into the templates folder for the centre to edit in Word; files
     * already there are kept. Off the FX thread.
     */
    public void exportTemplates() {
        withTemplates((templates, folder) -> {
            int written = templates.exportBuiltIns(folder, Templates.all()).size();
            return Messages.get("settings.templates.exported", written, folder.toString(), Templates.all().size() - written);
        });
    }

    /** Checks every template the folder holds, as a document would before use; names the first problem. */
    public void verifyTemplates() {
        withTemplates((templates, folder) -> {
            int own = 0;
            for (TemplateSpec spec : Templates.all()) {
                if (templates.userFile(spec) != null) {
                    templates.verify(spec);
                    own++;
                }
            }
            return Messages.get("settings.templates.verified", own, Templates.all().size() - own);
        });
    }

    /** Runs template work on the folder off the FX thread; its answer, or its failure, becomes the message. */
    private void withTemplates(java.util.function.BiFunction<DocumentTemplates, Path, String> work) {
        Path folder = templatesPath();
        if (templatesBusy.get()) {
            return;
        }
        if (folder == null) {
            templatesSucceeded.set(false);
            templatesMessage.set(Messages.get("settings.templates.noFolder"));
            return;
        }
        templatesBusy.set(true);
        DocumentTemplates templates = new DocumentTemplates(folder, new DocumentStyle(documentFont.get()));
        background.run(() -> work.apply(templates, folder), message -> finishTemplates(true, message),
                failure -> finishTemplates(false, Dialogs.describe(failure)));
    }

    private void finishTemplates(boolean ok, String message) {
        templatesBusy.set(false);
        templatesSucceeded.set(ok);
        templatesMessage.set(message);
    }

    private Path templatesPath() {
        String f = templatesFolder.get() == null ? "" : templatesFolder.get().strip();
        return f.isEmpty() || templatesError.get() != null ? null : Path.of(f).toAbsolutePath();
    }

    public void chooseTemplatesFolder(Path folder) {
        templatesFolder.set(folder.toAbsolutePath().toString());
    }

    private static void putOrRemove(Properties s, String key, String value) {
        if (value == null || value.isEmpty()) {
            s.remove(key);
        } else {
            s.setProperty(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Takes a file picked in the chooser; H2 names the file «innonet.mv.db» for the database «innonet». */
    public void choose(Path file) {
        String p = file.toAbsolutePath().toString();
        embeddedPath.set(p.endsWith(".mv.db") ? p.substring(0, p.length() - ".mv.db".length()) : p);
    }

    public String dataFolder() {
        return home.dir().toAbsolutePath().toString();
    }

    /** Logback writes where the launcher pointed it; without the launcher (tests) the data folder's default. */
    public String logFile() {
        String dir = System.getProperty("innonet.logdir");
        return (dir != null ? Path.of(dir) : home.logDir()).resolve("innonet.log").toAbsolutePath().toString();
    }

    public String currentDatabase() {
        return currentDatabase;
    }

    public String settingsFile() {
        return home.settingsFile().toAbsolutePath().toString();
    }

    public ObjectProperty<Mode> modeProperty() { return mode; }
    public StringProperty embeddedPathProperty() { return embeddedPath; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public ReadOnlyStringProperty pathErrorProperty() { return pathError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hostErrorProperty() { return hostError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty portErrorProperty() { return portError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty databaseErrorProperty() { return databaseError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty validationProperty() { return validation.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyStringProperty loadNoteProperty() { return loadNote.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
    public ReadOnlyStringProperty checkMessageProperty() { return checkMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkSucceededProperty() { return checkSucceeded.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveMessageProperty() { return saveMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty saveSucceededProperty() { return saveSucceeded.getReadOnlyProperty(); }
    public StringProperty documentFontProperty() { return documentFont; }
    public StringProperty templatesFolderProperty() { return templatesFolder; }
    public ReadOnlyStringProperty templatesErrorProperty() { return templatesError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty templatesMessageProperty() { return templatesMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty templatesSucceededProperty() { return templatesSucceeded.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty templatesBusyProperty() { return templatesBusy.getReadOnlyProperty(); }
}
