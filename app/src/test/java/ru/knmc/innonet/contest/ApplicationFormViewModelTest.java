package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.app.Background;
import ru.knmc.innonet.app.Services;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.demo.DemoLoader;

/** The application form without a window: checks under the fields, saving, a stale copy refused, files. */
class ApplicationFormViewModelTest {
    private static Services services;
    private static Contest contest;

    @BeforeAll
    static void demo() {
        services = new Services(Database.open(DatabaseLocation.inMemory("form-vm" + System.nanoTime())));
        DemoLoader.load(services.database(), (f, m) -> { });
        contest = new ContestService(services.database().dsl()).list().stream()
                .filter(c -> c.kind() == ContestKind.PROJECT).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private ApplicationFormViewModel form(Long id) {
        ApplicationFormViewModel vm = new ApplicationFormViewModel(services.database().dsl(), Background.direct(), contest);
        vm.load(id, () -> { });
        return vm;
    }

    @Test
    void aBlankFormNamesWhatIsMissingAndSavesOnceFilled() {
        ApplicationFormViewModel vm = form(null);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.loadedProperty().get()).isTrue();
        List<Application> saved = new ArrayList<>();
        vm.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(vm.organizationErrorProperty().get()).contains("Заявитель");
        assertThat(vm.topicErrorProperty().get()).isNotNull();
        vm.clearError();

        vm.organizationProperty().set(vm.organizations().get(0));
        assertThat(vm.subsystemProperty().get()).as("from the organization's type").isNotNull();
        vm.coapplicants().add(vm.organizations().get(0));
        assertThat(vm.coapplicantsErrorProperty().get()).isNotNull();
        vm.coapplicants().clear();
        vm.topicProperty().set("Тема из формы");
        vm.point("novelty").set("Новизна");
        vm.authors().addAll(vm.persons().get(1), vm.persons().get(0));
        vm.stages().add(new PassportStage("I", "2018", "задачи", "итог"));
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save(saved::add);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.passport().novelty()).isEqualTo("Новизна");
            assertThat(a.authorIds()).containsExactly(vm.persons().get(1).id(), vm.persons().get(0).id());
        });
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).contains("№ " + saved.get(0).regNumber());
    }

    @Test
    void aSecondWindowWithTheOldCopyIsToldSoAndAMissingFileIsShownMissing(@TempDir Path dir) throws Exception {
        long id = new ApplicationService(services.database().dsl()).list(contest.id()).get(0).id();
        ApplicationFormViewModel first = form(id);
        ApplicationFormViewModel second = form(id);
        Path file = Files.writeString(dir.resolve("letter.pdf"), "x");
        first.addAttachment(file);
        first.addAttachment(dir.resolve("gone.pdf"));
        first.save(a -> { });
        assertThat(first.errorProperty().get()).isNull();
        assertThat(first.attachments()).extracting(ApplicationFormViewModel.Attachment::exists).containsExactly(true, false);

        second.point("goals").set("другие цели");
        second.save(a -> { });
        assertThat(second.errorProperty().get()).contains("изменил");
    }
}
