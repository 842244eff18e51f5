package ru.knmc.innonet.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.app.AppHome;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.DatabaseChoice;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.db.DatabaseLocation;

/** The settings form without a window: the file it writes and reads, its validation, the connection check. */
class SettingsViewModelTest {
    @TempDir
    Path dir;

    private SettingsViewModel model() {
        SettingsViewModel vm = new SettingsViewModel(new AppHome(dir), Background.direct(), "jdbc:h2:file:/x/innonet");
        vm.load();
        return vm;
    }

    private static void server(SettingsViewModel vm, String host, String port, String db) {
        vm.modeProperty().set(SettingsViewModel.Mode.SERVER);
        vm.hostProperty().set(host);
        vm.portProperty().set(port);
        vm.databaseProperty().set(db);
    }

    @Test
    void noSettingsFileMeansTheEmbeddedDefault() {
        SettingsViewModel vm = model();
        assertThat(vm.modeProperty().get()).isEqualTo(SettingsViewModel.Mode.EMBEDDED);
        assertThat(vm.embeddedPathProperty().get()).isEqualTo(dir.resolve("innonet").toString());
        assertThat(vm.portProperty().get()).isEqualTo("5432");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.dataFolder()).isEqualTo(dir.toAbsolutePath().toString());
    }

    @Test
    void serverSettingsRoundTripThroughTheFile() throws Exception {
        SettingsViewModel vm = model();
        server(vm, "db.knmc.local", "5433", "innonet");
        vm.userProperty().set("methodist");
        vm.passwordProperty().set("s3cret");
        assertThat(vm.save()).isTrue();
        assertThat(vm.saveMessageProperty().get()).contains("перезапуска");

        Properties file = read();
        assertThat(file.getProperty("db.url")).isEqualTo("jdbc:postgresql://db.knmc.local:5433/innonet");
        assertThat(file.getProperty("db.user")).isEqualTo("methodist");
        assertThat(file.getProperty("db.password")).isEqualTo("s3cret");

        SettingsViewModel again = model();
        assertThat(again.modeProperty().get()).isEqualTo(SettingsViewModel.Mode.SERVER);
        assertThat(again.hostProperty().get()).isEqualTo("db.knmc.local");
        assertThat(again.portProperty().get()).isEqualTo("5433");
        assertThat(again.databaseProperty().get()).isEqualTo("innonet");
        assertThat(again.userProperty().get()).isEqualTo("methodist");
        assertThat(again.passwordProperty().get()).isEqualTo("s3cret");
        // the next start reads the same file and opens the same server
        DatabaseLocation next = DatabaseChoice.resolve(new AppHome(dir), null, null, null);
        assertThat(next).isEqualTo(again.location());
    }

    @Test
    void embeddedSettingsDropTheServerKeysAndKeepOtherKeys() throws Exception {
        Files.writeString(dir.resolve("innonet.properties"),
                "db.url=jdbc:postgresql://old:5432/innonet?ssl=true\ndb.user=u\ndb.password=p\nui.other=1\n");
        SettingsViewModel vm = model();
        assertThat(vm.hostProperty().get()).isEqualTo("old");
        vm.modeProperty().set(SettingsViewModel.Mode.EMBEDDED);
        vm.choose(dir.resolve("other").resolve("base.mv.db"));
        assertThat(vm.save()).isTrue();

        Properties file = read();
        assertThat(file.getProperty("db.url")).isEqualTo(dir.resolve("other").resolve("base").toAbsolutePath().toString());
        assertThat(file).doesNotContainKeys("db.user", "db.password");
        assertThat(file.getProperty("ui.other")).isEqualTo("1");
        assertThat(model().embeddedPathProperty().get()).isEqualTo(file.getProperty("db.url"));
    }

    @Test
    void parametersOfALoadedAddressSurviveSaving() throws Exception {
        Files.writeString(dir.resolve("innonet.properties"), "db.url=jdbc:postgresql://srv/innonet?ssl=true\n");
        SettingsViewModel vm = model();
        assertThat(vm.portProperty().get()).isEqualTo("5432");
        vm.databaseProperty().set("innonet2");
        vm.save();
        assertThat(read().getProperty("db.url")).isEqualTo("jdbc:postgresql://srv:5432/innonet2?ssl=true");
    }

    @Test
    void anAddressThatCannotBeSplitIsReported() throws Exception {
        Files.writeString(dir.resolve("innonet.properties"), "db.url=jdbc:postgresql://a:1,b:2/innonet\n");
        SettingsViewModel vm = model();
        assertThat(vm.modeProperty().get()).isEqualTo(SettingsViewModel.Mode.SERVER);
        assertThat(vm.loadNoteProperty().get()).contains("jdbc:postgresql://a:1,b:2/innonet");
    }

    @Test
    void validationNamesTheFieldAsYouType() {
        SettingsViewModel vm = model();
        server(vm, "", "5432", "innonet");
        assertThat(vm.validationProperty().get()).isEqualTo(Messages.get("settings.error.host")).contains("«Сервер»");
        assertThat(vm.validProperty().get()).isFalse();
        vm.hostProperty().set("srv");
        for (String bad : new String[] {"0", "65536", "abc", "", "-1"}) {
            vm.portProperty().set(bad);
            assertThat(vm.portErrorProperty().get()).as(bad).isEqualTo(Messages.get("settings.error.port")).contains("«Порт»");
            assertThat(vm.save()).isFalse();
        }
        vm.portProperty().set("65535");
        assertThat(vm.portErrorProperty().get()).isNull();
        vm.databaseProperty().set("  ");
        assertThat(vm.validationProperty().get()).isEqualTo(Messages.get("settings.error.database")).contains("«База данных»");
        vm.databaseProperty().set("innonet");
        assertThat(vm.validProperty().get()).isTrue();
        vm.hostProperty().set("srv name");
        assertThat(vm.hostErrorProperty().get()).isEqualTo(Messages.get("settings.error.hostChars"));

        // the embedded choice does not care about the server fields
        vm.modeProperty().set(SettingsViewModel.Mode.EMBEDDED);
        assertThat(vm.validProperty().get()).isTrue();
        vm.embeddedPathProperty().set(" ");
        assertThat(vm.validationProperty().get()).isEqualTo(Messages.get("settings.error.path")).contains("«Файл базы данных»");
        assertThat(Files.exists(dir.resolve("innonet.properties"))).isFalse();
    }

    @Test
    void checkSucceedsOnAnEmbeddedDatabase() {
        SettingsViewModel vm = model();
        vm.embeddedPathProperty().set("jdbc:h2:mem:settings" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        vm.check();
        assertThat(vm.checkMessageProperty().get()).isEqualTo("Подключение установлено");
        assertThat(vm.checkSucceededProperty().get()).isTrue();
        assertThat(vm.checkingProperty().get()).isFalse();

        vm.embeddedPathProperty().set(dir.resolve("checked").toString());
        vm.check();
        assertThat(vm.checkSucceededProperty().get()).isTrue();
        assertThat(dir.resolve("checked.mv.db")).exists();
    }

    @Test
    void checkReportsAServerThatDoesNotAnswerInRussian() {
        SettingsViewModel vm = model();
        server(vm, "localhost", "1", "x");
        long started = System.nanoTime();
        vm.check();
        assertThat(vm.checkSucceededProperty().get()).isFalse();
        assertThat(vm.checkMessageProperty().get()).isEqualTo(Messages.get("db.error.connect", "jdbc:postgresql://localhost:1/x"))
                .startsWith("Не удаётся подключиться");
        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
        // editing the form makes the old answer stale
        vm.hostProperty().set("127.0.0.1");
        assertThat(vm.checkMessageProperty().get()).isNull();
    }

    private Properties read() throws Exception {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("innonet.properties"))) {
            p.load(in);
        }
        return p;
    }

    @Test
    void documentFontAndTemplatesFolderAreSavedAndApplyToTheNextDocument() throws Exception {
        SettingsViewModel vm = model();
        assertThat(vm.documentFontProperty().get()).isEqualTo("Times New Roman");
        Path folder = dir.resolve("шаблоны");
        vm.documentFontProperty().set("PT Astra Serif");
        vm.templatesFolderProperty().set(folder.toString());
        assertThat(vm.save()).isTrue();

        Properties file = read();
        assertThat(file.getProperty(AppHome.DOCUMENT_FONT)).isEqualTo("PT Astra Serif");
        assertThat(file.getProperty(AppHome.TEMPLATES_FOLDER)).isEqualTo(folder.toString());
        AppHome home = new AppHome(dir);
        assertThat(home.documentStyle().fontFamily()).isEqualTo("PT Astra Serif");
        assertThat(home.templates().folder()).isEqualTo(folder);

        vm.exportTemplates();
        assertThat(vm.templatesSucceededProperty().get()).isTrue();
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).toList())
                .contains("protocol.docx", "agenda.docx", "order.docx", "letter.docx", "document.docx", "annual-report.docx");
        vm.verifyTemplates();
        assertThat(vm.templatesSucceededProperty().get()).isTrue();
        assertThat(vm.templatesMessageProperty().get()).contains("своих шаблонов в папке " + ru.knmc.innonet.office.word.Templates.all().size());

        Files.writeString(folder.resolve("agenda.docx"), "испорчен");
        vm.verifyTemplates();
        assertThat(vm.templatesSucceededProperty().get()).isFalse();
        assertThat(vm.templatesMessageProperty().get()).contains(folder.resolve("agenda.docx").toString())
                .contains("не документ Word");
    }

    @Test
    void aFileGivenAsTheTemplatesFolderIsRefused() throws Exception {
        SettingsViewModel vm = model();
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        vm.templatesFolderProperty().set(notAFolder.toString());
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.templatesErrorProperty().get()).isEqualTo(Messages.get("settings.error.templatesNotFolder"));
        assertThat(vm.save()).isFalse();
    }
}
