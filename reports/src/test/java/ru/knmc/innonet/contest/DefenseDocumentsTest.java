package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.office.word.DocumentTemplates;

/** The order of presentations in Word lists each subsystem's presentations in the order set on screen. */
class DefenseDocumentsTest {
    private ContestFixture f;
    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        f = new ContestFixture(TestDatabases.h2());
    }

    @AfterEach
    void tearDown() {
        f.db.close();
    }

    @Test
    void theOrderIsWrittenPerSubsystemAsSet() throws Exception {
        Application a = f.accepted(f.school(), Subsystem.GENERAL, "Первая тема");
        Application b = f.accepted(f.school(), Subsystem.GENERAL, "Вторая тема");
        Application k = f.accepted(f.school(), Subsystem.PRESCHOOL, "Детсадовская тема");
        DefenseService defense = new DefenseService(f.db.dsl());
        defense.reorder(f.contest.id(), Subsystem.GENERAL, List.of(b.id(), a.id()));
        Path out = dir.resolve("defense.docx");
        new DefenseDocuments(DocumentTemplates.builtIn()).order(f.contests.get(f.contest.id()),
                defense.order(f.contest.id()), out);
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            List<String> rows = t.getRows().stream().skip(1).map(XWPFTableRow::getTableCells)
                    .map(cells -> cells.stream().map(c -> c.getText().replace('\u00A0', ' '))
                            .collect(Collectors.joining("|")))
                    .toList();
            assertThat(rows).containsExactly("Дошкольное образование", "1.|" + k.regNumber() + "|"
                    + f.organizations.find(k.organizationId()).orElseThrow().shortName() + "|Детсадовская тема",
                    "Общее образование", "1.|" + b.regNumber() + "|"
                    + f.organizations.find(b.organizationId()).orElseThrow().shortName() + "|Вторая тема",
                    "2.|" + a.regNumber() + "|" + f.organizations.find(a.organizationId()).orElseThrow().shortName()
                    + "|Первая тема");
            assertThat(d.getParagraphs().stream().map(p -> p.getText().replace('\u00A0', ' ')))
                    .anyMatch(p -> p.contains("Порядок выступлений участников XVI конкурса"));
        }
    }
}
