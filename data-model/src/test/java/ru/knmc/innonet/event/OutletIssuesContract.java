package ru.knmc.innonet.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.Database;

/** The issues outlets published per year, and the outlets themselves, on a real database (H2 and PostgreSQL). */
abstract class OutletIssuesContract {
    Database db;
    PublicationService publications;
    OutletIssueService issues;
    Outlet panorama;
    Outlet school;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        db = freshDatabase();
        publications = new PublicationService(db.dsl());
        issues = new OutletIssueService(db.dsl(), Clock.fixed(Instant.parse("2017-12-25T09:00:00Z"), ZoneId.of("Europe/Moscow")),
                "metodist");
        panorama = publications.saveOutlet("Панорама образования");
        school = publications.saveOutlet("Наша новая школа");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aFigureIsSavedWithWhoEnteredItAndWhenAndCountedPerYear() {
        OutletIssues saved = issues.save(OutletIssues.of(panorama.id(), 2017, 20, "  газета  "));
        issues.save(OutletIssues.of(school.id(), 2017, 1, null));
        issues.save(OutletIssues.of(panorama.id(), 2015, 18, null));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.note()).isEqualTo("газета");
        assertThat(saved.enteredBy()).isEqualTo("metodist");
        assertThat(saved.enteredAt().toInstant()).isEqualTo(Instant.parse("2017-12-25T09:00:00Z"));
        assertThat(issues.list(2017)).extracting(OutletIssues::issues).containsExactly(1, 20);
        assertThat(issues.list(null)).hasSize(3);

        Map<Integer, Integer> expected = new LinkedHashMap<>();
        expected.put(2014, null);
        expected.put(2015, 18);
        expected.put(2016, null);
        expected.put(2017, 20);
        Map<Outlet, Map<Integer, Integer>> perYear = issues.issuesPerYear(2014, 2017);
        assertThat(perYear.keySet()).extracting(Outlet::name).containsExactly("Наша новая школа", "Панорама образования");
        assertThat(perYear.get(panorama)).isEqualTo(expected);
        assertThat(issues.issuesPerYear(2014, 2017, school.id())).containsOnlyKeys(school);
        assertThat(issues.issuesPerYear(2010, 2013)).as("no figure in the period: no outlet").isEmpty();
    }

    @Test
    void articlesAndIssuesSideBySidePerOutletAndYear() {
        for (int i = 0; i < 3; i++) {
            publications.save(new Publication(null, panorama.id(), null, LocalDate.of(2017, 3 + i, 1), "Статья " + i, null, null, 0));
        }
        publications.save(new Publication(null, panorama.id(), null, LocalDate.of(2016, 5, 1), "Статья 2016", null, null, 0));
        issues.save(OutletIssues.of(panorama.id(), 2017, 20, null));
        issues.save(OutletIssues.of(school.id(), 2017, 1, null));
        assertThat(issues.sideBySide(null)).extracting(r -> r.year() + " " + r.outlet().name() + " " + r.articles() + " " + r.issueCount())
                .containsExactly("2017 Наша новая школа 0 1", "2017 Панорама образования 3 20", "2016 Панорама образования 1 null");
        assertThat(issues.sideBySide(2016)).hasSize(1);
    }

    @Test
    void rulesNameTheField() {
        assertThatThrownBy(() -> issues.save(OutletIssues.of(null, 2017, 20, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Издание");
        assertThatThrownBy(() -> issues.save(OutletIssues.of(panorama.id(), 1989, 20, null)))
                .isInstanceOf(ValidationException.class).hasMessage("Поле «Год»: значение должно быть от 1990 до 2100.");
        assertThatThrownBy(() -> issues.save(OutletIssues.of(panorama.id(), 2017, 1001, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("«Выпущено номеров»").hasMessageContaining("от 0 до 1");
        assertThatThrownBy(() -> issues.save(OutletIssues.of(panorama.id(), 2017, null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("«Выпущено номеров» должно быть заполнено");
        assertThatThrownBy(() -> issues.save(OutletIssues.of(panorama.id(), 2017, -1, null))).isInstanceOf(ValidationException.class);
        issues.save(OutletIssues.of(panorama.id(), 2017, 20, null));
        assertThatThrownBy(() -> issues.save(OutletIssues.of(panorama.id(), 2017, 21, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("«Панорама образования» за 2017 год уже введено");
        assertThat(issues.list(2017)).extracting(OutletIssues::issues).containsExactly(20);
    }

    @Test
    void twoEditsOfTheSameFigureDoNotOverwriteEachOther() {
        OutletIssues first = issues.save(OutletIssues.of(panorama.id(), 2017, 19, null));
        OutletIssues changed = issues.save(new OutletIssues(first.id(), panorama.id(), 2017, 20, null, null, null, first.version()));
        assertThat(changed.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> issues.save(new OutletIssues(first.id(), panorama.id(), 2017, 21, null, null, null, first.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(issues.list(2017).get(0).issues()).isEqualTo(20);
        issues.delete(first.id());
        assertThat(issues.list(null)).isEmpty();
    }

    @Test
    void outletsAreRenamedAndDeletedOnlyWhenNothingNamesThem() {
        Outlet renamed = publications.saveOutlet(new Outlet(school.id(), "Наша новая школа (электронный журнал)", school.version()));
        assertThat(publications.outlets()).extracting(Outlet::name).contains("Наша новая школа (электронный журнал)");
        assertThatThrownBy(() -> publications.saveOutlet(new Outlet(school.id(), "x", school.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> publications.saveOutlet(new Outlet(null, "панорама образования", 0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("уже есть");
        issues.save(OutletIssues.of(renamed.id(), 2017, 1, null));
        assertThatThrownBy(() -> publications.deleteOutlet(renamed.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("удалить его нельзя");
        Outlet spare = publications.saveOutlet(new Outlet(null, "Вестник", 0));
        publications.deleteOutlet(spare.id());
        assertThat(publications.outlets()).extracting(Outlet::name).doesNotContain("Вестник");
    }
}
