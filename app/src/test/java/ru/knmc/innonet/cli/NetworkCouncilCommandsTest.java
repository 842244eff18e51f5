package ru.knmc.innonet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code innonet list meetings|networks}, {@code report agenda|protocol|network}, {@code export roadmap} on the demo. */
class NetworkCouncilCommandsTest {
    @TempDir
    static Path home;
    static String db;

    private static Cli.Result run(String... args) {
        return Cli.onDatabase(home, db, args);
    }

    @BeforeAll
    static void demo() {
        db = home.resolve("db").toString();
        assertThat(run("demo").status()).isZero();
    }

    /** The id in the first column of the list line that contains {@code text}. */
    private static String idOf(String list, String text) {
        return list.lines().filter(l -> l.contains(text)).findFirst().orElseThrow().split("\\s+")[0];
    }

    @Test
    void listsStartWithTheId() {
        Cli.Result meetings = run("list", "meetings");
        assertThat(meetings.status()).as(meetings.err()).isZero();
        assertThat(meetings.out().lines().findFirst().orElseThrow()).startsWith("id");
        assertThat(meetings.out()).contains("26.10.2017").contains("проведено").contains("запланировано");
        Cli.Result networks = run("list", "networks");
        assertThat(networks.out()).contains("Сеть МБДОУ ДС № 108").contains("Сеть МБОУ лицея № 48");
        assertThat(idOf(networks.out(), "Сеть МБДОУ ДС № 108")).matches("\\d+");
    }

    @Test
    void agendaAndProtocolOfTheHeldMeeting() throws Exception {
        String id = idOf(run("list", "meetings").out(), "26.10.2017");
        Path agenda = home.resolve("agenda.docx");
        Path protocol = home.resolve("protocol.docx");
        assertThat(run("report", "agenda", "--meeting", id, "--out", agenda.toString()).status()).isZero();
        Cli.Result r = run("report", "protocol", "--meeting", id, "--out", protocol.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(protocol.toString());
        assertThat(text(agenda)).contains("ПОВЕСТКА").contains("Временного положения о муниципальном сетевом инновационном центре");
        assertThat(text(protocol)).contains("ПРОТОКОЛ").contains("СЛУШАЛИ:").contains("ПОСТАНОВИЛИ:").contains("7.4.");
        Cli.Result missing = run("report", "agenda", "--meeting", "9999", "--out", agenda.toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("9999");
    }

    @Test
    void passportPageAndRoadmapOfANetwork() throws Exception {
        String id = idOf(run("list", "networks").out(), "Сеть МБДОУ ДС № 108");
        Path passport = home.resolve("passport.docx");
        Path page = home.resolve("network.html");
        Path roadmap = home.resolve("roadmap.xlsx");
        assertThat(run("report", "network", "--network", id, "--year", "2018-2019", "--out", passport.toString()).status()).isZero();
        assertThat(run("report", "network", "--network", id, "--year", "2018-2019", "--out", page.toString()).status()).isZero();
        assertThat(run("export", "roadmap", "--network", id, "--year", "2018-2019", "--out", roadmap.toString()).status()).isZero();
        assertThat(text(passport)).contains("ПАСПОРТ СЕТИ").contains("Кузнецова");
        assertThat(Files.readString(page)).contains("data:image/png;base64,").doesNotContain("<script");
        try (InputStream in = Files.newInputStream(roadmap); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2 + 8);
        }
        Cli.Result wrong = run("report", "network", "--network", id, "--out", home.resolve("x.txt").toString());
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).contains(".docx").contains(".html");
        assertThat(run("export", "roadmap", "--network", id, "--out", roadmap.toString()).status()).isEqualTo(2);
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder b = new StringBuilder();
            doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
            doc.getTables().forEach(t -> b.append(t.getText()).append('\n'));
            return b.toString();
        }
    }
}
