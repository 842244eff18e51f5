package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;
import ru.knmc.innonet.registry.StatusAssignment;
import ru.knmc.innonet.registry.StatusService;

/** The contest's rules, run on H2 and on PostgreSQL by the two subclasses. */
abstract class ContestRulesContract extends ContestContract {
    @Test
    void defaultCriteriaAreShippedForBothParts() {
        CriteriaSet remote = f.remote();
        CriteriaSet defense = f.criteria.set(f.contest.id(), Purpose.DEFENSE).orElseThrow();
        assertThat(remote.criteria()).hasSize(7).allMatch(c -> c.maxScore() == 3 && c.levels().size() == 4);
        assertThat(remote.criteria().get(1).title()).isEqualTo("Новизна (инновационность)");
        assertThat(defense.criteria()).hasSize(8);
        assertThat(defense.criteria().get(7).title()).isEqualTo("Качество презентации");
        assertThat(remote.maxTotal()).isEqualTo(21.0);
    }

    @Test
    void eachComputedConflictRuleAndTheDeclaredOne() {
        Organization applicant = f.school();
        Organization coapplicant = f.school();
        Organization networkPartner = f.school();
        Organization elsewhere = f.school();
        Person atApplicant = f.person("Заявителева", applicant);
        Person atCoapplicant = f.person("Соисполнителева", coapplicant);
        Person supervisor = f.person("Руководителева", elsewhere);
        Person author = f.person("Авторова", elsewhere);
        Person inNetwork = f.person("Сетевая", networkPartner);
        Person declares = f.person("Заявившая", elsewhere);
        Person clean = f.person("Свободная", elsewhere);
        Application a = f.applications.save(Application.submitted(f.contest.id(), applicant.id(), Subsystem.GENERAL,
                null, supervisor.id(), List.of(author.id()), List.of(coapplicant.id()), Passport.ofTopic("Тема"),
                List.of(), LocalDate.of(2017, 10, 1)));
        f.experts.declareConflict(declares.id(), a.id(), "родственник директора", LocalDate.of(2017, 10, 5));
        NetworkLinks links = (org, date) -> org == applicant.id() && date.equals(LocalDate.of(2017, 9, 1))
                ? Set.of(networkPartner.id()) : Set.of();
        ConflictService conflicts = new ConflictService(f.db.dsl(), links);

        assertThat(kinds(conflicts, atApplicant, a)).containsExactly(ConflictKind.WORKS_AT_APPLICANT);
        assertThat(kinds(conflicts, atCoapplicant, a)).containsExactly(ConflictKind.WORKS_AT_COAPPLICANT);
        assertThat(kinds(conflicts, supervisor, a)).containsExactly(ConflictKind.SUPERVISOR);
        assertThat(kinds(conflicts, author, a)).containsExactly(ConflictKind.AUTHOR);
        assertThat(kinds(conflicts, inNetwork, a)).containsExactly(ConflictKind.NETWORK);
        assertThat(kinds(conflicts, declares, a)).containsExactly(ConflictKind.DECLARED);
        assertThat(conflicts.conflicts(declares.id(), a.id()).get(0).describe()).contains("родственник директора");
        assertThat(kinds(conflicts, clean, a)).isEmpty();
        // Without network data the network rule finds nothing.
        assertThat(kinds(new ConflictService(f.db.dsl(), NetworkLinks.NONE), inNetwork, a)).isEmpty();
    }

    @Test
    void conflictsFollowTheRegistryWhenAPersonChangesWorkplace() {
        Organization applicant = f.school();
        Person expert = f.person("Перешедшая", f.school());
        Application a = f.accepted(applicant, Subsystem.GENERAL, "Тема");
        ConflictService conflicts = new ConflictService(f.db.dsl(), NetworkLinks.NONE);
        assertThat(kinds(conflicts, expert, a)).isEmpty();
        f.organizations.savePerson(new Person(expert.id(), expert.lastName(), expert.firstName(), expert.middleName(),
                expert.position(), applicant.id(), null, null, null, null, expert.version()));
        assertThat(kinds(conflicts, expert, a)).containsExactly(ConflictKind.WORKS_AT_APPLICANT);
    }

    private static List<ConflictKind> kinds(ConflictService s, Person p, Application a) {
        return s.conflicts(p.id(), a.id()).stream().map(Conflict::kind).toList();
    }

    @Test
    void automaticAssignmentBalancesLoadAndNeverPicksAConflictedExpert() {
        Organization[] schools = {f.school(), f.school(), f.school(), f.school()};
        Person e1 = f.person("Первая", schools[0]);
        Person e2 = f.person("Вторая", null);
        Person e3 = f.person("Третья", null);
        Person e4 = f.person("Четвёртая", null);
        f.group(Subsystem.GENERAL, e1, e2, e3, e4);
        f.contests.save(f.contest.withSettings(null, null, 2, 0.3, 0.5, 0.5));
        List<Application> apps = List.of(f.accepted(schools[0], Subsystem.GENERAL, "А"),
                f.accepted(schools[1], Subsystem.GENERAL, "Б"), f.accepted(schools[2], Subsystem.GENERAL, "В"),
                f.accepted(schools[3], Subsystem.GENERAL, "Г"));
        AssignmentService assignment = new AssignmentService(f.db.dsl(), NetworkLinks.NONE);

        AssignmentService.Plan plan = assignment.preview(f.contest.id());
        assertThat(f.reviews.list(f.contest.id())).as("a preview writes nothing").isEmpty();
        assertThat(plan.proposals()).hasSize(8);
        assertThat(plan.shortfalls()).isEmpty();
        assertThat(plan.proposals()).noneMatch(p -> p.expertId() == e1.id() && p.applicationId() == apps.get(0).id());
        Map<Long, Long> load = plan.proposals().stream()
                .collect(Collectors.groupingBy(AssignmentService.Proposal::expertId, Collectors.counting()));
        assertThat(load.values()).containsOnly(2L);

        assertThat(assignment.apply(plan)).isEqualTo(8);
        assertThat(f.reviews.list(f.contest.id())).hasSize(8);
        assertThat(assignment.preview(f.contest.id()).proposals()).as("nothing left to assign").isEmpty();
    }

    @Test
    void applyIsRefusedWholeWhenAConflictAppearedAfterThePreview() {
        Organization school = f.school();
        Person e1 = f.person("Первая", null);
        Person e2 = f.person("Вторая", null);
        f.group(Subsystem.GENERAL, e1, e2);
        Application a = f.accepted(school, Subsystem.GENERAL, "А");
        AssignmentService assignment = new AssignmentService(f.db.dsl(), NetworkLinks.NONE);
        AssignmentService.Plan plan = assignment.preview(f.contest.id());
        assertThat(plan.proposals()).hasSize(2);
        assertThat(plan.shortfalls()).containsExactly(new AssignmentService.Shortfall(a.id(), 1));
        f.experts.declareConflict(e2.id(), a.id(), "соавтор", LocalDate.of(2017, 10, 2));
        assertThatThrownBy(() -> assignment.apply(plan)).isInstanceOf(UserException.class)
                .hasMessageContaining("конфликт");
        assertThat(f.reviews.list(f.contest.id())).isEmpty();
    }

    @Test
    void manualAssignmentOverAConflictNeedsAReasonWhichIsRecorded() {
        Organization school = f.school();
        Person insider = f.person("Своя", school);
        Application a = f.accepted(school, Subsystem.GENERAL, "А");
        AssignmentService assignment = new AssignmentService(f.db.dsl(), NetworkLinks.NONE);
        assertThatThrownBy(() -> assignment.assign(a.id(), insider.id(), Purpose.REMOTE, " "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("организации-заявителе");
        assignment.assign(a.id(), insider.id(), Purpose.REMOTE, "единственный специалист по теме в городе");
        assertThat(f.reviews.list(f.contest.id())).singleElement()
                .satisfies(r -> assertThat(r.overrideReason()).isEqualTo("единственный специалист по теме в городе"));
    }

    @Test
    void aggregationOnAWorkedExample() {
        // Three experts, seven criteria 0..3, the fourth criterion weighted 2 (max total 24).
        CriteriaSet set = f.remote();
        Criterion fourth = set.criteria().get(3);
        f.criteria.saveCriterion(new Criterion(fourth.id(), fourth.setId(), null, fourth.sortOrder(), fourth.title(),
                fourth.description(), 3, 2.0, fourth.levels(), fourth.version()));
        set = f.remote();
        long app = f.accepted(f.school(), Subsystem.GENERAL, "А").id();
        List<ScoreSheet> sheets = List.of(
                sheet(set, app, 3, 3, 3, 3, 3, 3, 3),   // 3*6 + 3*2 = 24
                sheet(set, app, 2, 2, 2, 1, 2, 2, 2),   // 2*6 + 1*2 = 14
                sheet(set, app, 1, 1, 1, 2, 1, 1, 1));  // 1*6 + 2*2 = 10
        Aggregate a = Aggregate.of(set, sheets, 0.3);
        // Means: 2,2,2,2,2,2,2 → total 2*6 + 2*2 = 16.
        assertThat(a.meanByCriterion().values()).containsOnly(2.0);
        assertThat(a.total()).isEqualTo(16.0);
        assertThat(a.maxTotal()).isEqualTo(24.0);
        assertThat(a.expertTotals()).containsExactly(10.0, 14.0, 24.0);
        assertThat(a.median()).isEqualTo(14.0);
        assertThat(a.spread()).isEqualTo(14.0);
        // 14 > 0.3 × 24 = 7.2: the experts disagree.
        assertThat(a.disagreement()).isTrue();
        assertThat(Aggregate.of(set, sheets.subList(1, 3), 0.3).disagreement()).as("spread 4 ≤ 7.2").isFalse();
        // An incomplete sheet does not count.
        ScoreSheet partial = new ScoreSheet(9, app, 9, Purpose.REMOTE, Map.of(set.criteria().get(0).id(), 3), null,
                null, false, 0);
        assertThat(Aggregate.of(set, List.of(sheets.get(1), partial), 0.3).sheets()).isEqualTo(1);
    }

    private static ScoreSheet sheet(CriteriaSet set, long app, int... scores) {
        Map<Long, Integer> m = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            m.put(set.criteria().get(i).id(), scores[i]);
        }
        return new ScoreSheet(0, app, 0, Purpose.REMOTE, m, null, null, true, 0);
    }

    @Test
    void criteriaAreFrozenOnceAScoreIsEnteredAndNextYearStartsFromACopy() {
        Person e = f.person("Эксперт", null);
        Application a = f.accepted(f.school(), Subsystem.GENERAL, "А");
        long review = new AssignmentService(f.db.dsl(), NetworkLinks.NONE).assign(a.id(), e.id(), Purpose.REMOTE, null);
        Criterion first = f.remote().criteria().get(0);
        assertThat(f.remote().frozen()).isFalse();
        f.score(review, 2);
        assertThat(f.remote().frozen()).isTrue();
        assertThatThrownBy(() -> f.criteria.saveCriterion(new Criterion(first.id(), first.setId(), null, 1, "Другое", null,
                5, null, Map.of(), first.version()))).isInstanceOf(UserException.class).hasMessageContaining("заморожен");

        Contest next = f.contests.announce(Contest.announce("XVII", 2018, ContestKind.PROJECT, "конкурс", null));
        CriteriaSet copy = f.criteria.set(next.id(), Purpose.REMOTE).orElseThrow();
        assertThat(copy.frozen()).isFalse();
        assertThat(copy.criteria()).extracting(Criterion::title)
                .containsExactlyElementsOf(f.remote().criteria().stream().map(Criterion::title).toList());
        assertThat(copy.criteria().get(0).levels()).isEqualTo(first.levels());
    }

    @Test
    void twoWindowsSavingTheSameSheetNeverOverwriteSilently() {
        Person e = f.person("Эксперт", null);
        Application a = f.accepted(f.school(), Subsystem.GENERAL, "А");
        long review = new AssignmentService(f.db.dsl(), NetworkLinks.NONE).assign(a.id(), e.id(), Purpose.REMOTE, null);
        ScoreSheet first = f.reviews.sheet(review);
        ScoreSheet second = f.reviews.sheet(review);
        long c0 = f.remote().criteria().get(0).id();
        f.reviews.save(first.withScore(c0, 3));
        assertThatThrownBy(() -> f.reviews.save(second.withScore(c0, 1))).isInstanceOf(ConcurrentEditException.class);
        assertThat(f.reviews.sheet(review).scores()).containsEntry(c0, 3);
        assertThatThrownBy(() -> f.reviews.save(f.reviews.sheet(review).withScore(c0, 4)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("вне шкалы 0–3");
    }

    @Test
    void rankingThresholdTieDisagreementAndOneMoreExpert() {
        Person e1 = f.person("Первая", null);
        Person e2 = f.person("Вторая", null);
        Person e3 = f.person("Третья", null);
        f.group(Subsystem.GENERAL, e1, e2, e3);
        f.contests.save(f.contests.get(f.contest.id()).withSettings(12.0, 1, 2, 0.3, 0.5, 0.5));
        Application a = f.accepted(f.school(), Subsystem.GENERAL, "А");
        Application b = f.accepted(f.school(), Subsystem.GENERAL, "Б");
        Application c = f.accepted(f.school(), Subsystem.GENERAL, "В");
        AssignmentService assignment = new AssignmentService(f.db.dsl(), NetworkLinks.NONE);
        assignment.apply(assignment.preview(f.contest.id()));
        Map<Long, List<Long>> byApp = f.reviews.list(f.contest.id()).stream().collect(Collectors.groupingBy(
                ReviewService.Row::applicationId, Collectors.mapping(ReviewService.Row::reviewId, Collectors.toList())));
        // a: 21 and 7 → mean 14, spread 14 > 6.3: disagreement; b: 14 and 14; c: 7 and 7.
        f.score(byApp.get(a.id()).get(0), 3, 3, 3, 3, 3, 3, 3);
        f.score(byApp.get(a.id()).get(1), 1, 1, 1, 1, 1, 1, 1);
        f.score(byApp.get(b.id()).get(0), 2, 2, 2, 2, 2, 2, 2);
        f.score(byApp.get(b.id()).get(1), 2, 2, 2, 2, 2, 2, 2);
        f.score(byApp.get(c.id()).get(0), 1, 1, 1, 1, 1, 1, 1);
        f.score(byApp.get(c.id()).get(1), 1, 1, 1, 1, 1, 1, 1);

        List<RankedApplication> r = new ResultsService(f.db.dsl()).results(f.contest.id());
        assertThat(r).extracting(RankedApplication::regNumber).containsExactly(a.regNumber(), b.regNumber(), c.regNumber());
        assertThat(r).extracting(RankedApplication::score).containsExactly(14.0, 14.0, 7.0);
        assertThat(r).extracting(RankedApplication::rank).containsExactly(1, 1, 3);
        assertThat(r).extracting(RankedApplication::tie).containsExactly(true, true, false);
        assertThat(r).extracting(RankedApplication::passes).containsExactly(true, true, false);
        assertThat(r).extracting(RankedApplication::disagreement).containsExactly(true, false, false);

        long extra = assignment.assignOneMore(a.id());
        assertThat(f.reviews.sheet(extra).expertId()).isNotIn(f.reviews.sheet(byApp.get(a.id()).get(0)).expertId(),
                f.reviews.sheet(byApp.get(a.id()).get(1)).expertId());
        f.score(extra, 2, 2, 2, 2, 2, 2, 2);
        List<RankedApplication> after = new ResultsService(f.db.dsl()).results(f.contest.id());
        assertThat(after.get(0).remote().sheets()).isEqualTo(3);
        assertThat(after.get(0).remote().median()).isEqualTo(14.0);
    }

    @Test
    void winnersGetTheirMipStatusThroughTheRegistryRules() {
        Organization school = f.school();
        Person supervisor = f.person("Руководитель", null);
        Application a = f.applications.save(ApplicationService.withStatus(f.applications.save(Application.submitted(
                f.contest.id(), school.id(), Subsystem.GENERAL, null, supervisor.id(), List.of(), List.of(),
                Passport.ofTopic("Ранняя профориентация"), List.of(), LocalDate.of(2017, 10, 1))),
                ApplicationStatus.ACCEPTED, null));
        Application loser = f.accepted(f.school(), Subsystem.GENERAL, "Б");
        DecisionService decisions = new DecisionService(f.db.dsl());
        decisions.decide(a.id(), Decision.WINNER, null);
        decisions.decide(loser.id(), Decision.NOT_RECOMMENDED, null);
        var order = f.reference.saveOrder(new ru.knmc.innonet.registry.LegalOrder(null, "1121", LocalDate.of(2018, 7, 20),
                "Департамент образования", ru.knmc.innonet.registry.IssuerLevel.LOCAL,
                "О присвоении статуса муниципальной инновационной площадки", null, 0));
        List<StatusAssignment> granted = decisions.grantStatuses(f.contest.id(), order.id(), LocalDate.of(2018, 9, 1),
                LocalDate.of(2021, 8, 31));
        assertThat(granted).singleElement().satisfies(s -> {
            assertThat(s.organizationId()).isEqualTo(school.id());
            assertThat(s.projectTopic()).isEqualTo("Ранняя профориентация");
            assertThat(s.supervisorId()).isEqualTo(supervisor.id());
            assertThat(s.orderId()).isEqualTo(order.id());
        });
        assertThat(new StatusService(f.db.dsl()).history(school.id())).hasSize(1);
        assertThat(f.applications.get(a.id()).grantedAssignmentId()).isEqualTo(granted.get(0).id());
        assertThat(decisions.grantStatuses(f.contest.id(), order.id(), LocalDate.of(2018, 9, 1),
                LocalDate.of(2021, 8, 31))).as("granted once").isEmpty();
        assertThat(f.contests.get(f.contest.id()).resultOrderId()).isEqualTo(order.id());
    }

    @Test
    void formalCheckAcceptsOrReturnsWithReasons() {
        Application a = f.applications.save(Application.submitted(f.contest.id(), f.school().id(), Subsystem.GENERAL,
                null, null, List.of(), List.of(), Passport.ofTopic("Тема"),
                List.of(new PassportStage("I этап: Вводный", "Сентябрь-декабрь 2021г.", "Вебинары", "Начало работы")),
                LocalDate.of(2017, 10, 1)));
        assertThat(a.stages()).singleElement().satisfies(s -> assertThat(s.period()).isEqualTo("Сентябрь-декабрь 2021г."));
        assertThatThrownBy(() -> f.applications.formalCheck(a, List.of(new FormalCheck(FormalItem.IN_TIME, false, ""))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("укажите причину");
        Application returned = f.applications.formalCheck(a, List.of(new FormalCheck(FormalItem.IN_TIME, true, null),
                new FormalCheck(FormalItem.SUPERVISOR_AGREEMENT, false, "нет подписи научного руководителя")));
        assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(returned.returnReasons()).contains("нет подписи научного руководителя");
        Application accepted = f.applications.formalCheck(returned, List.of(new FormalCheck(FormalItem.IN_TIME, true, null)));
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(f.applications.checks(a.id())).hasSize(1);
    }

    @Test
    void ripoBankRefusesTooLittleOriginalAndCountsBySubsystem() {
        RipoService ripo = new RipoService(f.db.dsl());
        assertThatThrownBy(() -> ripo.save(new RipoMaterial(null, "Сборник", "Иванова И.И.", null, Subsystem.PRESCHOOL,
                2017, 42.0, RipoConclusion.POSITIVE, null, null, 0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("меньше 50 %");
        ripo.save(new RipoMaterial(null, "Сборник", "Иванова И.И.", null, Subsystem.PRESCHOOL, 2017, 42.0, null, null,
                null, 0));
        ripo.save(new RipoMaterial(null, "Пособие", "Петрова П.П.", null, Subsystem.PRESCHOOL, 2017, 80.0,
                RipoConclusion.POSITIVE, LocalDate.of(2017, 12, 1), null, 0));
        ripo.save(new RipoMaterial(null, "Программа", "Сидорова С.С.", null, Subsystem.ADDITIONAL, 2017, 65.0,
                RipoConclusion.POSITIVE, LocalDate.of(2017, 12, 1), null, 0));
        ripo.save(new RipoMaterial(null, "Разработка", "Орлова О.О.", null, Subsystem.GENERAL, 2017, 55.0,
                RipoConclusion.NEGATIVE, null, null, 0));
        assertThat(ripo.positiveBySubsystem(2017)).containsEntry(Subsystem.PRESCHOOL, 1)
                .containsEntry(Subsystem.GENERAL, 0).containsEntry(Subsystem.ADDITIONAL, 1);
        assertThat(ripo.positiveByYear()).containsEntry(2017, 2);
        assertThat(ripo.years()).containsExactly(2017);
        assertThat(ripo.list(2017)).hasSize(4);
    }

    @Test
    void stagesNearOrPastTheirDeadlineAreDue() {
        long id = f.contest.id();
        f.contests.saveStage(new ContestStage(null, id, StageKind.RECEPTION, null, LocalDate.of(2017, 9, 1),
                LocalDate.of(2017, 10, 15), false, 0));
        f.contests.saveStage(new ContestStage(null, id, StageKind.FORMAL_CHECK, null, null,
                LocalDate.of(2017, 10, 25), false, 0));
        f.contests.saveStage(new ContestStage(null, id, StageKind.DEFENSE, Subsystem.PRESCHOOL, null,
                LocalDate.of(2018, 2, 1), false, 0));
        f.contests.saveStage(new ContestStage(null, id, StageKind.RESULTS, null, null, LocalDate.of(2017, 10, 1), true, 0));
        List<ContestService.DueStage> due = f.contests.dueStages(LocalDate.of(2017, 10, 20), 14);
        assertThat(due).extracting(d -> d.stage().kind()).containsExactly(StageKind.RECEPTION, StageKind.FORMAL_CHECK);
        assertThat(due).extracting(ContestService.DueStage::overdue).containsExactly(true, false);
        var reminders = new ContestReminders(f.db.dsl()).reminders(LocalDate.of(2017, 10, 20));
        assertThat(reminders).extracting(ru.knmc.innonet.home.Reminder::urgency)
                .containsExactly(ru.knmc.innonet.home.Urgency.OVERDUE, ru.knmc.innonet.home.Urgency.SOON);
        assertThat(reminders.get(0).text()).contains("Приём заявок").contains("XVI").contains("15.10.2017");
        assertThat(reminders.get(0).sectionId()).isEqualTo("contest");
        assertThatThrownBy(() -> f.contests.saveStage(new ContestStage(null, id, StageKind.RESULTS, null,
                LocalDate.of(2018, 5, 1), LocalDate.of(2018, 4, 1), false, 0))).isInstanceOf(ValidationException.class);
    }

    @Test
    void contestSettingsAreValidated() {
        assertThatThrownBy(() -> f.contests.save(Contest.announce("16", 2017, ContestKind.PROJECT, "к", null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("римское");
        assertThatThrownBy(() -> f.contests.save(f.contest.withSettings(null, null, 3, 1.5, 0.5, 0.5)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Порог расхождения");
    }

    @Test
    void theDefenseJuryScoresWithTheDefenseSetAndTheCombinedResultWeighsBothParts() {
        Organization applicant = f.school();
        Person e1 = f.person("Первая", null);
        Person e2 = f.person("Вторая", null);
        Person insider = f.person("Своя", applicant);
        f.group(Subsystem.GENERAL, e1, e2, insider);
        f.contests.save(f.contests.get(f.contest.id()).withSettings(null, null, 1, 0.3, 0.6, 0.4));
        Application a = f.accepted(applicant, Subsystem.GENERAL, "А");
        AssignmentService assignment = new AssignmentService(f.db.dsl(), NetworkLinks.NONE);
        assignment.apply(assignment.preview(f.contest.id()));
        long remote = f.reviews.list(f.contest.id()).get(0).reviewId();
        f.score(remote, 3, 3, 3, 3, 3, 3, 3);

        assertThat(assignment.assignJury(f.contest.id())).as("the insider is not on the jury of her school").isEqualTo(2);
        assertThat(f.applications.get(a.id()).defensePosition()).isEqualTo(1);
        CriteriaSet defense = f.criteria.set(f.contest.id(), Purpose.DEFENSE).orElseThrow();
        List<ReviewService.Row> jury = f.reviews.list(f.contest.id()).stream()
                .filter(r -> r.purpose() == Purpose.DEFENSE).toList();
        assertThat(jury).hasSize(2).noneMatch(r -> r.expertId() == insider.id());
        int[] scores = {3, 2};
        for (int j = 0; j < 2; j++) {
            ScoreSheet s = f.reviews.sheet(jury.get(j).reviewId());
            for (Criterion c : defense.criteria()) {
                s = s.withScore(c.id(), scores[j]);
            }
            f.reviews.save(s);
        }
        // Remote 21 of 21; defense (24 + 16) / 2 = 20 of 24; combined 21 × 0.6 + 20 × 0.4 = 20.6.
        RankedApplication r = new ResultsService(f.db.dsl()).results(f.contest.id()).get(0);
        assertThat(r.remote().total()).isEqualTo(21.0);
        assertThat(r.defense().total()).isEqualTo(20.0);
        assertThat(r.score()).isEqualTo(20.6);
        assertThat(assignment.assignJury(f.contest.id())).as("assigned once").isZero();
    }
}
