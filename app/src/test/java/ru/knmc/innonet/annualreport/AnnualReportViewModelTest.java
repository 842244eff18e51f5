package ru.knmc.innonet.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.demo.DemoLoader;
import ru.knmc.innonet.office.word.DocumentTemplates;

/** The report's view model without a window: open a year, edit, see the gaps, save, write the documents. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportViewModelTest {
    private Services services;
    private AnnualReportViewModel vm;
    @TempDir
    Path dir;

    @BeforeAll
    void load() {
        services = new Services(Database.open(DatabaseLocation.inMemory("reportvm" + System.nanoTime())));
        DemoLoader.load(services.database(), (f, m) -> { });
        vm = new AnnualReportViewModel(services, Background.direct(), DocumentTemplates::builtIn);
        vm.load();
    }

    @AfterAll
    void close() {
        services.close();
    }

    @Test
    void editingAYearShowsItsFiguresGapsAndSavesIt() throws Exception {
        assertThat(vm.years()).containsExactly(2017, 2018, 2019);
        assertThat(vm.yearProperty().get()).isEqualTo(2018);
        vm.open(2017);
        assertThat(vm.section(6).get()).contains("{{msip}}");
        assertThat(vm.dataProperty().get().figures()).containsEntry("msip", "22");
        assertThat(vm.dirtyProperty().get()).isFalse();

        vm.section(4).set(vm.section(4).get() + "\nСетевых площадок: {{msip}}, {{msp}}.");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.refresh();
        assertThat(vm.gaps()).extracting(Gap::text).anyMatch(t -> t.contains("{{msp}}") && t.contains("4. Инновационность"));
        vm.writeWord(dir.resolve("refused.docx"));
        assertThat(vm.errorProperty().get()).contains("{{msp}}");
        assertThat(dir.resolve("refused.docx")).doesNotExist();

        vm.section(4).set(vm.section(4).get().replace(", {{msp}}", ""));
        vm.save(null);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(services.annualReports().find(2017).orElseThrow().section(4)).endsWith("Сетевых площадок: {{msip}}.");

        vm.writeWord(dir.resolve("r.docx"));
        vm.writeAnnex(dir.resolve("r.xlsx"));
        assertThat(Files.size(dir.resolve("r.docx"))).isPositive();
        assertThat(Files.size(dir.resolve("r.xlsx"))).isPositive();
        assertThat(vm.messageProperty().get()).contains("r.xlsx");
    }

    @Test
    void theWorkPlanIsEditedAsRowsAndSavedWhole() {
        vm.open(2018);
        WorkPlanModel plan = vm.workPlan();
        assertThat(plan.rows()).hasSize(11);
        WorkPlanModel.Row row = plan.add(plan.rows().get(0));
        row.content.set("Анкетирование агентов сети");
        assertThat(row.kind.get()).isEqualTo(ActivityKind.DIAGNOSTIC);
        plan.save();
        assertThat(plan.dirtyProperty().get()).isFalse();
        assertThat(services.annualReports().workPlan(new ru.knmc.innonet.common.AcademicYear(2018)))
                .extracting(WorkPlanItem::content).contains("Анкетирование агентов сети").hasSize(12);
        vm.writeWorkPlan(dir.resolve("plan.docx"));
        assertThat(dir.resolve("plan.docx")).exists();
    }
}
