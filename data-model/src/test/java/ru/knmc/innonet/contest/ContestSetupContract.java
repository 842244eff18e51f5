package ru.knmc.innonet.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.home.Reminder;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/** The set-up screens' rules: the contest and its stages, criteria per kind, conflicts after assignment. */
abstract class ContestSetupContract extends ContestContract {
    @Test
    void stageEditsAndRemovalsReachTheStartPage() {
        long id = f.contest.id();
        ContestStage reception = f.contests.saveStage(new ContestStage(null, id, StageKind.RECEPTION, null,
                LocalDate.of(2017, 9, 1), LocalDate.of(2017, 10, 15), false, 0));
        LocalDate today = LocalDate.of(2017, 10, 20);
        ContestReminders reminders = new ContestReminders(f.db.dsl());
        assertThat(reminders.reminders(today)).singleElement().satisfies(r -> assertThat(r.text()).contains("15.10.2017"));

        ContestStage moved = f.contests.saveStage(new ContestStage(reception.id(), id, StageKind.RECEPTION, null,
                reception.start(), LocalDate.of(2017, 10, 30), false, reception.version()));
        assertThat(reminders.reminders(today)).singleElement().satisfies(r -> {
            assertThat(r.text()).contains("30.10.2017");
            assertThat(r.urgency()).isEqualTo(ru.knmc.innonet.home.Urgency.SOON);
        });
        ContestStage defense = f.contests.saveStage(new ContestStage(null, id, StageKind.DEFENSE, Subsystem.PRESCHOOL,
                null, LocalDate.of(2017, 10, 25), false, 0));
        assertThat(reminders.reminders(today)).extracting(Reminder::text)
                .anySatisfy(t -> assertThat(t).contains("Публичная защита").contains("Дошкольное образование"));

        f.contests.deleteStage(moved);
        f.contests.deleteStage(defense);
        assertThat(reminders.reminders(today)).isEmpty();
        assertThat(f.contests.stages(id)).isEmpty();
        assertThatThrownBy(() -> f.contests.deleteStage(moved)).isInstanceOf(ru.knmc.innonet.common.ConcurrentEditException.class);
    }

    @Test
    void theContestNumberIsARomanNumeralAndTheSettingsAreChecked() {
        for (String bad : List.of("IIII", "VV", "XVIIII", "16", "", "IC")) {
            assertThatThrownBy(() -> f.contests.save(new Contest(f.contest.id(), bad, 2017, ContestKind.PROJECT,
                    "конкурс", null, null, null, 3, 0.3, 0.5, 0.5, null, f.contest.version())))
                    .as(bad).isInstanceOf(ValidationException.class).hasMessageContaining("римское");
        }
        Contest saved = f.contests.save(new Contest(f.contest.id(), "XVII", 2018, ContestKind.PROJECT, "конкурс",
                f.order1441.id(), 12.5, 4, 3, 0.25, 0.6, 0.4, null, f.contest.version()));
        assertThat(saved.romanNumber()).isEqualTo("XVII");
        assertThat(saved.academicYear()).isEqualTo(2018);
        assertThat(saved.threshold()).isEqualTo(12.5);
        assertThat(saved.winnersPerSubsystem()).isEqualTo(4);
        assertThat(saved.disagreementShare()).isEqualTo(0.25);
        assertThat(saved.remoteWeight()).isEqualTo(0.6);
        assertThat(saved.defenseWeight()).isEqualTo(0.4);
        assertThat(saved.orderId()).isEqualTo(f.order1441.id());
        assertThatThrownBy(() -> f.contests.save(saved.withSettings(null, null, 3, 0.0, 0.5, 0.5)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void everyKindGetsItsOwnEditableDefaults() {
        for (ContestKind kind : ContestKind.values()) {
            Contest c = f.contests.announce(Contest.announce("I", 2030, kind, "проба", null));
            CriteriaSet remote = f.criteria.set(c.id(), Purpose.REMOTE).orElseThrow();
            assertThat(remote.criteria()).as(kind.name()).hasSizeGreaterThanOrEqualTo(5)
                    .allMatch(x -> x.maxScore() == 3 && x.levels().size() == 4 && x.description() != null);
            assertThat(f.criteria.set(c.id(), Purpose.DEFENSE).isPresent()).as(kind.name())
                    .isEqualTo(kind != ContestKind.RIPO);
        }
        Contest report = f.contests.list().stream().filter(c -> c.kind() == ContestKind.REPORT).findFirst().orElseThrow();
        assertThat(f.criteria.set(report.id(), Purpose.REMOTE).orElseThrow().criteria().get(0).title())
                .isEqualTo("Выполнение плана отчётного периода");
        assertThat(f.criteria.set(report.id(), Purpose.DEFENSE).orElseThrow().criteria())
                .extracting(Criterion::title).contains("Качество презентации отчёта");
    }

    @Test
    void aContestWithoutApplicationsMayChangeItsKindOrBeDeletedOneWithApplicationsMayNot() {
        Contest product = f.contests.save(new Contest(f.contest.id(), "XVI", 2017, ContestKind.PRODUCT, "конкурс продуктов",
                null, null, null, 3, 0.3, 0.5, 0.5, null, f.contest.version()));
        assertThat(f.criteria.set(product.id(), Purpose.REMOTE).orElseThrow().criteria().get(0).title())
                .as("another kind, other criteria").isEqualTo("Соответствие продукта теме инновационного проекта");
        f.accepted(f.school(), Subsystem.GENERAL, "Тема");
        assertThatThrownBy(() -> f.contests.save(new Contest(product.id(), "XVI", 2017, ContestKind.PROJECT, "конкурс",
                null, null, null, 3, 0.3, 0.5, 0.5, null, product.version()))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.contests.delete(product)).isInstanceOf(UserException.class)
                .hasMessageContaining("заяв");
        Contest empty = f.contests.announce(Contest.announce("XVII", 2018, ContestKind.PROJECT, "конкурс", null));
        f.contests.saveStage(new ContestStage(null, empty.id(), StageKind.RECEPTION, null, null, LocalDate.of(2018, 10, 1),
                false, 0));
        f.contests.delete(empty);
        assertThat(f.contests.find(empty.id())).isEmpty();
        assertThat(f.contests.find(product.id())).isPresent();
    }

    @Test
    void criteriaAreReorderedGroupedAndTakenFromLastYearsContest() {
        CriteriaSet set = f.remote();
        Criterion third = set.criteria().get(2);
        f.criteria.move(third, -2);
        assertThat(f.remote().criteria().get(0).title()).isEqualTo(third.title());
        f.criteria.move(f.remote().criteria().get(0), 10);
        assertThat(f.remote().criteria().get(6).title()).isEqualTo(third.title());

        CriterionGroup group = f.criteria.saveGroup(new CriterionGroup(null, set.id(), "Содержание", 6, 1, 0));
        Criterion first = f.remote().criteria().get(0);
        f.criteria.saveCriterion(new Criterion(first.id(), set.id(), group.id(), first.sortOrder(), first.title(),
                first.description(), 3, null, first.levels(), first.version()));
        Criterion second = f.remote().criteria().get(1);
        f.criteria.saveCriterion(new Criterion(second.id(), set.id(), group.id(), second.sortOrder(), second.title(),
                second.description(), 3, 2.0, second.levels(), second.version()));
        Criterion third2 = f.remote().criteria().get(2);
        assertThatThrownBy(() -> f.criteria.saveCriterion(new Criterion(third2.id(), set.id(), group.id(),
                third2.sortOrder(), third2.title(), third2.description(), 3, null, third2.levels(), third2.version())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("6");

        // Next year's contest is created empty-handed by the defaults, then takes this year's set.
        Contest next = f.contests.announce(Contest.announce("XVII", 2018, ContestKind.PROJECT, "конкурс", null));
        f.criteria.replaceWithDefaults(next.id());
        assertThat(f.criteria.set(next.id(), Purpose.REMOTE).orElseThrow().groups()).isEmpty();
        assertThat(f.criteria.previous(next.id())).map(Contest::id).contains(f.contest.id());
        assertThat(f.criteria.replaceWithPrevious(next.id()).id()).isEqualTo(f.contest.id());
        CriteriaSet copied = f.criteria.set(next.id(), Purpose.REMOTE).orElseThrow();
        assertThat(copied.groups()).singleElement().satisfies(g -> assertThat(g.maxPoints()).isEqualTo(6));
        assertThat(copied.criteria()).extracting(Criterion::title)
                .containsExactlyElementsOf(f.remote().criteria().stream().map(Criterion::title).toList());
        assertThat(copied.criteria().get(1).weight()).isEqualTo(2.0);

        f.criteria.deleteGroup(f.remote().groups().get(0));
        assertThat(f.remote().groups()).isEmpty();
        assertThat(f.remote().criteria()).hasSize(7).allMatch(c -> c.groupId() == null);
        assertThatThrownBy(() -> f.criteria.replaceWithPrevious(f.contest.id())).isInstanceOf(UserException.class)
                .hasMessageContaining("прошл");
    }

    @Test
    void aFrozenSetSaysWhyAndCannotBeReplaced() {
        Organization school = f.school();
        Person expert = f.person("Оценившая", null);
        Application a = f.accepted(school, Subsystem.GENERAL, "Тема");
        long review = new AssignmentService(f.db.dsl(), NetworkLinks.NONE).assign(a.id(), expert.id(), Purpose.REMOTE, null);
        f.score(review, 1);
        CriteriaSet set = f.remote();
        assertThat(set.frozen()).isTrue();
        assertThat(f.criteria.scoredSheets(set.id())).isEqualTo(1);
        assertThatThrownBy(() -> f.criteria.move(set.criteria().get(1), -1)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> f.criteria.replaceWithDefaults(f.contest.id())).isInstanceOf(UserException.class);
        assertThat(f.remote().criteria()).hasSize(7);
    }

    @Test
    void anExpertWhoBecomesConflictedAfterBeingAssignedIsFlaggedOnScreenAndOnTheStartPage() {
        Organization applicant = f.school();
        Organization expertsSchool = f.school();
        Person networked = f.person("Сетевая", expertsSchool);
        Person author = f.person("Будущий автор", null);
        Person insider = f.person("Своя", applicant);
        Person clean = f.person("Чистая", null);
        Application a = f.accepted(applicant, Subsystem.GENERAL, "Тема");
        Set<Long> partners = new HashSet<>();
        NetworkLinks links = (org, date) -> org == applicant.id() ? Set.copyOf(partners) : Set.of();
        AssignmentService assignment = new AssignmentService(f.db.dsl(), links);
        assignment.assign(a.id(), networked.id(), Purpose.REMOTE, null);
        assignment.assign(a.id(), author.id(), Purpose.REMOTE, null);
        assignment.assign(a.id(), clean.id(), Purpose.REMOTE, null);
        assignment.assign(a.id(), insider.id(), Purpose.REMOTE, "единственный специалист по теме");
        ConflictReminders reminders = new ConflictReminders(f.db.dsl(), links);
        assertThat(assignment.assignments(f.contest.id())).noneMatch(AssignmentService.Assignment::flagged);
        assertThat(reminders.reminders(LocalDate.of(2017, 11, 1))).isEmpty();

        // The expert's school joins a network with the applicant; the other becomes an author.
        partners.add(expertsSchool.id());
        Application changed = f.applications.get(a.id());
        f.applications.save(new Application(changed.id(), changed.contestId(), changed.regNumber(),
                changed.organizationId(), changed.coapplicantIds(), changed.subsystem(), changed.directionId(),
                changed.supervisorId(), List.of(author.id()), changed.passport(), changed.stages(), changed.attachments(),
                changed.submittedOn(), changed.status(), changed.returnReasons(), changed.defensePosition(),
                changed.decision(), changed.decisionNote(), changed.siteAssignmentId(), changed.grantedAssignmentId(),
                changed.version()));

        Map<String, AssignmentService.Assignment> byExpert = new java.util.HashMap<>();
        assignment.assignments(f.contest.id()).forEach(x -> byExpert.put(x.expert(), x));
        assertThat(byExpert.get(networked.shortName()).flagged()).isTrue();
        assertThat(byExpert.get(networked.shortName()).conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.NETWORK);
        assertThat(byExpert.get(author.shortName()).conflicts()).extracting(Conflict::kind)
                .containsExactly(ConflictKind.AUTHOR);
        assertThat(byExpert.get(clean.shortName()).flagged()).isFalse();
        AssignmentService.Assignment overridden = byExpert.get(insider.shortName());
        assertThat(overridden.flagged()).as("an override recorded with its reason").isFalse();
        assertThat(overridden.conflicts()).extracting(Conflict::kind).containsExactly(ConflictKind.WORKS_AT_APPLICANT);
        assertThat(overridden.overrideReason()).isEqualTo("единственный специалист по теме");
        assertThat(overridden.assignedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(overridden.assignedAt()).isNotNull();
        assertThat(overridden.automatic()).isFalse();

        List<Reminder> lines = reminders.reminders(LocalDate.of(2017, 11, 1));
        assertThat(lines).hasSize(2).allMatch(r -> r.urgency() == ru.knmc.innonet.home.Urgency.OVERDUE
                && "contest".equals(r.sectionId()) && r.targetId() == f.contest.id());
        assertThat(lines).extracting(Reminder::text).anySatisfy(t -> assertThat(t).contains(networked.shortName())
                .contains("XVI").contains("сети"));

        // The conflicts list of the application names every one, with what it rests on.
        f.experts.declareConflict(clean.id(), a.id(), "родственница директора", LocalDate.of(2017, 11, 2));
        assertThat(new ConflictService(f.db.dsl(), links).forApplication(a.id())).extracting(Conflict::kind)
                .containsExactlyInAnyOrder(ConflictKind.NETWORK, ConflictKind.AUTHOR, ConflictKind.WORKS_AT_APPLICANT,
                        ConflictKind.DECLARED);
        f.experts.withdrawConflict(clean.id(), a.id());
        assertThat(new ConflictService(f.db.dsl(), links).forApplication(a.id())).extracting(Conflict::kind)
                .doesNotContain(ConflictKind.DECLARED);
    }
}
