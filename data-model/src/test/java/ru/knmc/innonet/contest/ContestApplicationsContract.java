package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.IssuerLevel;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Outcome;
import ru.knmc.innonet.registry.Person;
import ru.knmc.innonet.registry.StatusAssignment;
import ru.knmc.innonet.registry.StatusService;

/**
 * The application form's record, the defense order, single decisions and the evaluation of sites'
 * reports, run on H2 and on PostgreSQL by the two subclasses.
 */
abstract class ContestApplicationsContract extends ContestContract {
    @Test
    void theWholePassportIsSavedWithItsPersonsStagesAndFilesAndAStaleCopyIsRefused() {
        Organization applicant = f.school();
        Organization partner = f.school();
        Person supervisor = f.person("Белова", null);
        Person first = f.person("Иванова", applicant);
        Person second = f.person("Ремель", applicant);
        Passport p = new Passport("Тема", "Цели", "Задачи", "Идея", "Нормы", "Значимость", "Новизна", "Практика",
                "Перспективы", "Распространение", "Разработки", "нет", "Ресурсы");
        List<PassportStage> stages = List.of(new PassportStage("Вводный", "Сентябрь-декабрь 2021 г.", "Вебинары", "Начало"),
                new PassportStage("Конференция", "Январь-март 2022 г.", "Подготовка", "Участие"));
        Application saved = f.applications.save(new Application(null, f.contest.id(), 0, applicant.id(),
                List.of(partner.id()), Subsystem.GENERAL, null, supervisor.id(), List.of(second.id(), first.id()), p,
                stages, List.of("/tmp/Паспорт.docx", "/tmp/Согласие.pdf"), LocalDate.of(2017, 10, 2),
                ApplicationStatus.SUBMITTED, null, null, null, null, null, null, 0));

        Application back = f.applications.get(saved.id());
        assertThat(back.regNumber()).isEqualTo(1);
        assertThat(back.passport()).isEqualTo(p);
        assertThat(back.stages()).isEqualTo(stages);
        assertThat(back.authorIds()).as("authors keep their order").containsExactly(second.id(), first.id());
        assertThat(back.coapplicantIds()).containsExactly(partner.id());
        assertThat(back.supervisorId()).isEqualTo(supervisor.id());
        assertThat(back.attachments()).containsExactly("/tmp/Паспорт.docx", "/tmp/Согласие.pdf");

        f.applications.save(back);
        assertThatThrownBy(() -> f.applications.save(back)).as("a second window with the old copy")
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void anApplicationIsDeletedUntilAnExpertHasScoredIt() {
        Application a = f.accepted(f.school(), Subsystem.GENERAL, "А");
        Application b = f.accepted(f.school(), Subsystem.GENERAL, "Б");
        Person expert = f.person("Экспертова", null);
        AssignmentService assignment = new AssignmentService(f.db.dsl(), NetworkLinks.NONE);
        long review = assignment.assign(b.id(), expert.id(), Purpose.REMOTE, null);
        f.score(review, 1, 1, 1, 1, 1, 1, 1);

        assertThatThrownBy(() -> f.applications.delete(a.id(), a.version() - 1)).isInstanceOf(ConcurrentEditException.class);
        f.applications.delete(a.id(), a.version());
        assertThat(f.applications.find(a.id())).isEmpty();
        assertThatThrownBy(() -> f.applications.delete(b.id(), f.applications.get(b.id()).version()))
                .isInstanceOf(UserException.class).hasMessageContaining("№ 2");
    }

    @Test
    void theDefenseOrderIsSetPerSubsystemInOneGo() {
        Application a = f.accepted(f.school(), Subsystem.GENERAL, "А");
        Application b = f.accepted(f.school(), Subsystem.GENERAL, "Б");
        Application c = f.accepted(f.school(), Subsystem.GENERAL, "В");
        Application kinder = f.accepted(f.school(), Subsystem.PRESCHOOL, "Д");
        f.applications.save(Application.submitted(f.contest.id(), f.school().id(), Subsystem.GENERAL, null, null,
                List.of(), List.of(), Passport.ofTopic("не допущена"), List.of(), LocalDate.of(2017, 10, 1)));
        DefenseService defense = new DefenseService(f.db.dsl());
        assertThat(defense.order(f.contest.id()).stream().map(DefenseService.Slot::applicationId))
                .as("preschool first, then by number; a submitted application does not present")
                .containsExactly(kinder.id(), a.id(), b.id(), c.id());

        defense.reorder(f.contest.id(), Subsystem.GENERAL, List.of(c.id(), a.id(), b.id()));
        assertThat(defense.order(f.contest.id(), Subsystem.GENERAL)).extracting(DefenseService.Slot::applicationId,
                DefenseService.Slot::position).containsExactly(org.assertj.core.api.Assertions.tuple(c.id(), 1),
                org.assertj.core.api.Assertions.tuple(a.id(), 2), org.assertj.core.api.Assertions.tuple(b.id(), 3));
        assertThat(f.applications.get(c.id()).defensePosition()).isEqualTo(1);
        assertThatThrownBy(() -> defense.reorder(f.contest.id(), Subsystem.GENERAL, List.of(c.id(), a.id())))
                .as("a list that lost a presentation").isInstanceOf(UserException.class);
        assertThat(f.applications.get(b.id()).defensePosition()).as("nothing changed").isEqualTo(3);
    }

    @Test
    void aSingleDecisionFitsTheContestKindAndTheApplicationsState() {
        Application a = f.accepted(f.school(), Subsystem.GENERAL, "А");
        Application submitted = f.applications.save(Application.submitted(f.contest.id(), f.school().id(),
                Subsystem.GENERAL, null, null, List.of(), List.of(), Passport.ofTopic("Б"), List.of(),
                LocalDate.of(2017, 10, 1)));
        DecisionService decisions = new DecisionService(f.db.dsl());
        Application decided = decisions.decide(a.id(), Decision.NOT_RECOMMENDED, "мало баллов");
        assertThat(decided.decision()).isEqualTo(Decision.NOT_RECOMMENDED);
        assertThat(decided.decisionNote()).isEqualTo("мало баллов");
        assertThat(decided.status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(decisions.decide(a.id(), null, null).status()).as("withdrawn").isEqualTo(ApplicationStatus.ACCEPTED);
        assertThatThrownBy(() -> decisions.decide(a.id(), Decision.END_STATUS, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("Прекратить статус");
        assertThatThrownBy(() -> decisions.decide(submitted.id(), Decision.WINNER, null)).isInstanceOf(UserException.class);
        assertThat(decisions.decide(submitted.id(), Decision.RETURNED, "не в срок").decision()).isEqualTo(Decision.RETURNED);
    }

    @Test
    void aSitesReportIsEvaluatedAndEndingTheStatusIsConfirmedByTheOrder() {
        Contest reports = f.contests.announce(Contest.announce("I", 2017, ContestKind.REPORT,
                "оценка ежегодных публичных отчётов МИП", null)).withSettings(2.0, null, 1, 0.3, 1, 0);
        reports = f.contests.save(reports);
        Organization strong = f.school();
        Organization weak = f.school();
        long mip = f.reference.statusKindByCode("MIP").orElseThrow().id();
        StatusService statuses = new StatusService(f.db.dsl());
        StatusAssignment s1 = statuses.save(new StatusAssignment(null, strong.id(), mip, "Ранняя профориентация", null,
                LocalDate.of(2016, 9, 1), LocalDate.of(2019, 8, 31), f.order1441.id(), null, null, Outcome.ACTIVE, null, 0));
        StatusAssignment s2 = statuses.save(new StatusAssignment(null, weak.id(), mip, "Сетевое взаимодействие", null,
                LocalDate.of(2016, 9, 1), LocalDate.of(2019, 8, 31), f.order1441.id(), null, null, Outcome.ACTIVE, null, 0));
        SiteReportService sites = new SiteReportService(f.db.dsl());
        assertThat(sites.sitesToReport(reports.id(), LocalDate.of(2018, 5, 1))).extracting(SiteReportService.Site::assignmentId)
                .containsExactlyInAnyOrder(s1.id(), s2.id());

        Application r1 = sites.addReport(reports.id(), s1.id(), "/tmp/отчёт1.pdf", LocalDate.of(2018, 5, 1));
        Application r2 = sites.addReport(reports.id(), s2.id(), "/tmp/отчёт2.pdf", LocalDate.of(2018, 5, 1));
        assertThat(r1.topic()).isEqualTo("Ранняя профориентация");
        assertThat(r1.siteAssignmentId()).isEqualTo(s1.id());
        assertThat(r1.attachments()).containsExactly("/tmp/отчёт1.pdf");
        assertThat(r1.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(sites.sitesToReport(reports.id(), LocalDate.of(2018, 5, 1))).isEmpty();
        final long reportsId = reports.id();
        assertThatThrownBy(() -> sites.addReport(reportsId, s1.id(), "/tmp/x.pdf", LocalDate.of(2018, 5, 1)))
                .isInstanceOf(UserException.class);
        assertThatThrownBy(() -> sites.addReport(f.contest.id(), s1.id(), "/tmp/x.pdf", LocalDate.of(2018, 5, 1)))
                .as("a project contest takes no reports").isInstanceOf(UserException.class);

        // the contest's remote criteria: 7 × 0..3; threshold 2 (weights 1 / 0: remote only)
        Person expert = f.person("Экспертова", null);
        AssignmentService assignment = new AssignmentService(f.db.dsl(), NetworkLinks.NONE);
        CriteriaSet set = f.criteria.set(reportsId, Purpose.REMOTE).orElseThrow();
        scoreAll(assignment.assign(r1.id(), expert.id(), Purpose.REMOTE, null), set, 3);
        scoreAll(assignment.assign(r2.id(), expert.id(), Purpose.REMOTE, null), set, 0);
        DecisionService decisions = new DecisionService(f.db.dsl());
        assertThat(decisions.decideFromRanking(reportsId)).isEqualTo(2);
        assertThat(f.applications.get(r1.id()).decision()).isEqualTo(Decision.CONTINUE_STATUS);
        assertThat(f.applications.get(r2.id()).decision()).isEqualTo(Decision.END_STATUS);
        assertThatThrownBy(() -> decisions.decide(r1.id(), Decision.WINNER, null)).isInstanceOf(UserException.class);

        LegalOrder order = f.reference.saveOrder(new LegalOrder(null, "777", LocalDate.of(2018, 6, 20),
                "Департамент образования", IssuerLevel.LOCAL, "О прекращении статуса МИП", null, 0));
        assertThat(sites.endStatuses(reportsId, order.id(), LocalDate.of(2018, 6, 30))).isEqualTo(1);
        StatusAssignment ended = statuses.find(s2.id()).orElseThrow();
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2018, 6, 30));
        assertThat(ended.endOrderId()).isEqualTo(order.id());
        assertThat(ended.outcome()).isEqualTo(Outcome.ENDED_EARLY);
        assertThat(statuses.find(s1.id()).orElseThrow().endOrderId()).as("continued").isNull();
        assertThat(sites.endStatuses(reportsId, order.id(), LocalDate.of(2018, 6, 30))).as("once").isZero();
    }

    private void scoreAll(long reviewId, CriteriaSet set, int score) {
        ScoreSheet s = f.reviews.sheet(reviewId);
        for (Criterion c : set.criteria()) {
            s = s.withScore(c.id(), score);
        }
        f.reviews.save(s);
    }
}
