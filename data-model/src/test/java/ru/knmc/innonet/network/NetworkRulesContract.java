package ru.knmc.innonet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.knmc.innonet.network.NetworkFixture.member;
import static ru.knmc.innonet.network.NetworkFixture.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;

/** Network rules, partners and the twelve-task checklist, run on H2 and PostgreSQL by the subclasses. */
abstract class NetworkRulesContract {
    private static final LocalDate START = LocalDate.of(2018, 9, 1);
    private static final AcademicYear YEAR = new AcademicYear(2018);
    private NetworkFixture f;
    private NetworkService networks;
    private NetworkChecklist checklist;
    private Organization ds108;
    private Organization ds126;
    private Organization museum;
    private Organization library;
    private Organization department;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        f = new NetworkFixture(freshDatabase());
        networks = new NetworkService(f.db.dsl());
        checklist = new NetworkChecklist(f.db.dsl(), f.clock);
        ds108 = f.org(OrgType.PRESCHOOL, "МБДОУ ДС № 108");
        ds126 = f.org(OrgType.PRESCHOOL, "МБДОУ ДС № 126");
        museum = f.org(OrgType.OTHER, "Музей-заповедник им. Е.Д. Фелицына");
        library = f.org(OrgType.OTHER, "Детская библиотека им. Гайдара");
        department = f.org(OrgType.OTHER, "Департамент образования");
    }

    @AfterEach
    void tearDown() {
        f.db.close();
    }

    private Network saved() {
        return networks.save(network("Сеть ДС № 108", ds108.id(), START, List.of(
                member(ds126.id(), MemberLevel.PARTNER, START, null),
                member(museum.id(), MemberLevel.ASSOCIATE, START, LocalDate.of(2018, 12, 31)))));
    }

    @Test
    void theCentreBecomesTheLevelOneMemberAndEverythingReadsBack() {
        Network n = saved();
        assertThat(n.id()).isNotNull();
        assertThat(n.members()).extracting(NetworkMember::organizationId, NetworkMember::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ds108.id(), MemberLevel.CENTRE),
                        org.assertj.core.groups.Tuple.tuple(ds126.id(), MemberLevel.PARTNER),
                        org.assertj.core.groups.Tuple.tuple(museum.id(), MemberLevel.ASSOCIATE));
        Network again = networks.get(n.id());
        assertThat(again).isEqualTo(n);
        assertThat(networks.list()).extracting(NetworkSummary::name, NetworkSummary::centreName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Сеть ДС № 108", "МБДОУ ДС № 108"));
    }

    @Test
    void aSecondLevelOneMemberIsRefusedNamingTheRow() {
        assertThatThrownBy(() -> networks.save(network("Сеть", ds108.id(), START,
                List.of(member(ds126.id(), MemberLevel.CENTRE, START, null)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("строка 2").hasMessageContaining("уровень 1");
        assertThat(networks.list()).isEmpty();
    }

    @Test
    void leavingBeforeJoiningAndOverlappingMembershipsAreRefused() {
        assertThatThrownBy(() -> networks.save(network("Сеть", ds108.id(), START,
                List.of(member(ds126.id(), MemberLevel.PARTNER, START, START.minusDays(1))))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("раньше даты вступления");
        assertThatThrownBy(() -> networks.save(network("Сеть", ds108.id(), START, List.of(
                member(ds126.id(), MemberLevel.PARTNER, START, null),
                member(ds126.id(), MemberLevel.ASSOCIATE, START.plusMonths(2), null)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("строка 3").hasMessageContaining("(строка 2)");
    }

    @Test
    void anAgreementNeedsTwoPartiesAndTheTeamOneRepresentativePerMember() {
        Network n = saved();
        Agreement single = new Agreement(null, "1", START, "О сетевом взаимодействии", null, false, List.of(ds108.id()));
        assertThatThrownBy(() -> networks.save(n.withAgreements(List.of(single))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("двух сторон");
        long person = f.person("Иванова", "Анна", "Петровна", "заведующий", ds108.id()).id();
        long other = f.person("Петрова", "Ольга", "Ивановна", "методист", ds108.id()).id();
        assertThatThrownBy(() -> networks.save(n.withTeam(List.of(new TeamMember(null, ds108.id(), person, "руководитель"),
                new TeamMember(null, ds108.id(), other, "методист")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("один представитель");
        assertThatThrownBy(() -> networks.save(n.withTeam(List.of(new TeamMember(null, library.id(), person, null)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("не состоит в сети");
    }

    @Test
    void aStaleCopyIsRefused() {
        Network n = saved();
        networks.save(n);
        assertThatThrownBy(() -> networks.save(n)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void partnersAreTheMembersSharingANetworkOnThatDay() {
        Network n = saved();
        assertThat(networks.partnersOf(ds108.id(), LocalDate.of(2018, 10, 1))).containsExactlyInAnyOrder(ds126.id(), museum.id());
        // the museum left at the end of 2018
        assertThat(networks.partnersOf(ds108.id(), LocalDate.of(2019, 2, 1))).containsExactly(ds126.id());
        assertThat(networks.partnersOf(museum.id(), LocalDate.of(2019, 2, 1))).isEmpty();
        assertThat(networks.partnersOf(ds126.id(), START.minusDays(1))).isEmpty();
        assertThat(networks.networksOf(museum.id())).extracting(OrganizationNetwork::networkId, OrganizationNetwork::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(n.id(), MemberLevel.ASSOCIATE));
    }

    @Test
    void warningsNameMembersWithoutOrWithExpiredAgreements() {
        Network n = networks.save(saved().withMembers(List.of(
                member(ds108.id(), MemberLevel.CENTRE, START, null),
                member(ds126.id(), MemberLevel.PARTNER, START, null),
                member(library.id(), MemberLevel.ASSOCIATE, START, null))).withAgreements(List.of(
                new Agreement(null, "7", START, "О сотрудничестве", LocalDate.of(2018, 12, 31), false, List.of(ds108.id(), ds126.id())))));
        var warnings = NetworkRules.agreementWarnings(n, LocalDate.of(2019, 3, 1));
        assertThat(warnings).extracting(AgreementWarning::organizationId, AgreementWarning::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ds126.id(), AgreementWarning.Kind.EXPIRED),
                org.assertj.core.groups.Tuple.tuple(library.id(), AgreementWarning.Kind.NONE));
    }

    @Test
    void theChecklistReactsToANewlySignedAgreement() {
        Network n = saved();
        // on 15.03.2019 (the fixture's clock) the museum has left: only ДС № 126 needs an agreement
        assertThat(task(n, 2).done()).isFalse();
        assertThat(task(n, 2).detail()).contains("1");
        assertThat(task(n, 7).done()).isFalse();
        List<Agreement> agreements = new ArrayList<>(n.agreements());
        agreements.add(new Agreement(null, "12", LocalDate.of(2018, 9, 10), "О сетевом взаимодействии", null, false,
                List.of(ds108.id(), ds126.id())));
        agreements.add(new Agreement(null, "45-д", LocalDate.of(2018, 9, 12), "О реализации проекта", null, true,
                List.of(ds108.id(), department.id())));
        n = networks.save(n.withAgreements(agreements));
        assertThat(task(n, 2).done()).isTrue();
        assertThat(task(n, 7).done()).isTrue();
    }

    @Test
    void theChecklistCountsTheRoadmapTeamAndHandMarks() {
        Network n = saved();
        assertThat(checklist.checklist(n.id(), YEAR)).hasSize(12).extracting(TaskState::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(task(n, 1).done()).isTrue();
        assertThat(task(n, 5).done()).isFalse();
        n = networks.save(n.withRoadmap(List.of(
                new RoadmapItem(null, YEAR, "Семинар", START, START, ds108.id(), null, "Программа", RoadmapStatus.DONE, null),
                new RoadmapItem(null, YEAR, "Вебинар", null, null, null, null, null, RoadmapStatus.PLANNED, null),
                new RoadmapItem(null, YEAR, "Конференция", null, null, null, null, null, RoadmapStatus.CANCELLED, null))));
        assertThat(task(n, 5).done()).isTrue();
        assertThat(task(n, 10).done()).isFalse();
        assertThat(task(n, 10).detail()).isEqualTo("выполнено 1 из 2 (50 %)");
        long p1 = f.person("Иванова", "Анна", "Петровна", null, ds108.id()).id();
        long p2 = f.person("Сидорова", "Мария", null, null, ds126.id()).id();
        n = networks.save(n.withTeam(List.of(new TeamMember(null, ds108.id(), p1, "руководитель"))));
        assertThat(task(n, 3).done()).isFalse();
        n = networks.save(n.withTeam(List.of(new TeamMember(null, ds108.id(), p1, "руководитель"),
                new TeamMember(null, ds126.id(), p2, "координатор"))));
        assertThat(task(n, 3).done()).isTrue();
        assertThatThrownBy(() -> checklist.mark(saved().id(), YEAR, 2, LocalDate.now(), null)).isInstanceOf(ValidationException.class);
        checklist.mark(n.id(), YEAR, 9, LocalDate.of(2018, 10, 5), "knmc.ru");
        assertThat(task(n, 9).done()).isTrue();
        assertThat(task(n, 9).markedOn()).isEqualTo(LocalDate.of(2018, 10, 5));
        assertThat(checklist.overview(YEAR)).hasSize(2).allSatisfy(r -> assertThat(r.tasks()).hasSize(12));
        checklist.unmark(n.id(), YEAR, 9);
        assertThat(task(n, 9).done()).isFalse();
    }

    private TaskState task(Network n, int number) {
        return checklist.checklist(n.id(), YEAR).get(number - 1);
    }
}
