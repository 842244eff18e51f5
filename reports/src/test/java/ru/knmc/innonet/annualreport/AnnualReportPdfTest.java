package ru.knmc.innonet.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.office.word.DocumentTemplates;

/**
 * Where LibreOffice is installed, the report converts to PDF without complaint and its page count
 * follows its text: the title page and the contents on pages of their own, the 2017 text over a dozen
 * pages, the same report without narrative far shorter; and, where pdftotext (poppler) is installed too,
 * the contents show for each section the page its heading is on. Skipped, saying why, where they are not.
 */
class AnnualReportPdfTest {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    @TempDir
    Path dir;

    static Optional<String> office() {
        return executable("soffice").or(() -> executable("libreoffice"));
    }

    private static Optional<String> executable(String... names) {
        for (String name : names) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(folder, name))) {
                    return Optional.of(Path.of(folder, name).toString());
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void theReportRendersToPagesThatFollowItsText() throws Exception {
        Optional<String> office = office();
        assumeTrue(office.isPresent(), "LibreOffice (soffice or libreoffice) is not on the PATH: the PDF page-count check is skipped");
        try (DemoReports demo = new DemoReports()) {
            AnnualReport full = demo.report(2017);
            AnnualReport bare = full;
            for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
                bare = bare.withSection(n, "");
            }
            AnnualReportDocument.write(dir.resolve("full.docx"), full, demo.data(2017), DocumentTemplates.builtIn());
            AnnualReportDocument.write(dir.resolve("bare.docx"), bare, demo.data(2017), DocumentTemplates.builtIn());
        }
        int fullPages = pages(office.get(), dir.resolve("full.docx"));
        int barePages = pages(office.get(), dir.resolve("bare.docx"));
        assertThat(fullPages).isGreaterThan(12);
        assertThat(barePages).isGreaterThanOrEqualTo(3).isLessThan(fullPages - 6);
        contentsShowTheHeadingsPages(dir.resolve("full.pdf"), fullPages);
    }

    private void contentsShowTheHeadingsPages(Path pdf, int pages) throws Exception {
        Optional<String> pdftotext = executable("pdftotext");
        assumeTrue(pdftotext.isPresent(), "pdftotext (poppler-utils) is not on the PATH: the contents' page numbers are not checked");
        List<String> text = new java.util.ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            text.add(pageText(pdftotext.get(), pdf, p));
        }
        int contents = java.util.stream.IntStream.range(0, pages).filter(i -> text.get(i).contains("Содержание")).findFirst()
                .orElseThrow() + 1;
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            String title = AnnualReport.numberedTitle(n);
            Matcher shown = Pattern.compile("(?s)" + Pattern.quote(title.substring(0, 12)) + ".*?\\.{3,}\\s*(\\d+)")
                    .matcher(text.get(contents - 1));
            assertThat(shown.find()).as("contents entry of " + title).isTrue();
            String start = title.substring(0, Math.min(title.length(), 24));
            int actual = java.util.stream.IntStream.rangeClosed(contents + 1, pages)
                    .filter(p -> text.get(p - 1).lines().anyMatch(l -> l.strip().startsWith(start))).findFirst().orElse(-1);
            assertThat(Integer.parseInt(shown.group(1))).as("page of " + title + " in the contents").isEqualTo(actual);
        }
    }

    private String pageText(String pdftotext, Path pdf, int page) throws Exception {
        Path out = dir.resolve("page" + page + ".txt");
        Process p = new ProcessBuilder(pdftotext, "-f", Integer.toString(page), "-l", Integer.toString(page), "-layout",
                pdf.toString(), out.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private int pages(String office, Path docx) throws Exception {
        Process p = new ProcessBuilder(office, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
