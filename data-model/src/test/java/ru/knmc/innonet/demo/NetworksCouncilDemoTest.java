package ru.knmc.innonet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.council.AgendaItem;
import ru.knmc.innonet.council.CouncilService;
import ru.knmc.innonet.council.DecisionFilter;
import ru.knmc.innonet.council.DecisionRegister;
import ru.knmc.innonet.council.DecisionRow;
import ru.knmc.innonet.council.Meeting;
import ru.knmc.innonet.council.MeetingService;
import ru.knmc.innonet.council.MeetingStatus;
import ru.knmc.innonet.council.MeetingSummary;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.network.NetworkChecklist;
import ru.knmc.innonet.network.NetworkService;
import ru.knmc.innonet.network.NetworkSummary;
import ru.knmc.innonet.network.TaskState;

/** The demo's council and networks: what seeds 000 and 002 describe, loaded with the registry. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworksCouncilDemoTest {
    private final Clock spring2019 = Clock.fixed(LocalDate.of(2019, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private Database db;

    @BeforeAll
    void load() {
        db = TestDatabases.h2();
        DemoLoader.load(db, (f, m) -> { });
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void twoCompositionsTheSecondApprovedByOrder1121() {
        CouncilService council = new CouncilService(db.dsl());
        assertThat(council.years()).containsExactly(new AcademicYear(2018), new AcademicYear(2017));
        var composition = council.composition(new AcademicYear(2018)).orElseThrow();
        assertThat(new ru.knmc.innonet.registry.ReferenceService(db.dsl()).order(composition.orderId()).orElseThrow().number())
                .isEqualTo("1121");
    }

    @Test
    void theHeldMeetingApprovesWhatSeed000ListsAndOneMeetingIsPlanned() {
        MeetingService meetings = new MeetingService(db.dsl());
        var list = meetings.list();
        assertThat(list).extracting(MeetingSummary::status).contains(MeetingStatus.HELD, MeetingStatus.PLANNED);
        MeetingSummary first = list.stream().filter(m -> m.date().equals(LocalDate.of(2017, 10, 26))).findFirst().orElseThrow();
        Meeting held = meetings.get(first.id());
        assertThat(held.items()).extracting(AgendaItem::title).anySatisfy(t -> assertThat(t).contains("Временного положения о муниципальном сетевом инновационном центре"))
                .anySatisfy(t -> assertThat(t).contains("экспертных групп"))
                .anySatisfy(t -> assertThat(t).contains("управленческо-педагогической команде"))
                .anySatisfy(t -> assertThat(t).contains("типовом договоре"))
                .anySatisfy(t -> assertThat(t).contains("публичных отчётов"))
                .anySatisfy(t -> assertThat(t).contains("сетевом методисте (тьюторе)"));
        assertThat(held.items()).allSatisfy(i -> assertThat(i.decisions()).isNotEmpty());
    }

    @Test
    void networksOfSeed000AndTheMsipNodesWithTheirChecklist() {
        NetworkService networks = new NetworkService(db.dsl());
        assertThat(networks.list()).extracting(NetworkSummary::centreName)
                .contains("МБДОУ ДС № 108", "МБОУ СОШ № 6", "МБДОУ ДС № 3", "МБОУ лицей № 48");
        long ds108 = networks.list().stream().filter(n -> n.centreName().equals("МБДОУ ДС № 108")).findFirst().orElseThrow().id();
        var tasks = new NetworkChecklist(db.dsl(), spring2019).checklist(ds108, new AcademicYear(2018));
        assertThat(tasks).filteredOn(TaskState::done).extracting(TaskState::number).contains(1, 3, 4, 5, 6, 7, 8, 9, 11);
        assertThat(networks.centresByDirection(new AcademicYear(2018))).isNotEmpty();
    }

    @Test
    void decisionsLinkTheRegistryAndSomeAreOverdue() {
        DecisionRegister register = new DecisionRegister(db.dsl(), spring2019);
        var all = register.find(DecisionFilter.all());
        assertThat(all).extracting(DecisionRow::links).anySatisfy(l -> assertThat(l).contains("принята в сеть"))
                .anySatisfy(l -> assertThat(l).contains("утверждён тьютор"))
                .anySatisfy(l -> assertThat(l).contains("направления на 2018–2019"));
        assertThat(register.overdue()).isNotEmpty();
    }
}
