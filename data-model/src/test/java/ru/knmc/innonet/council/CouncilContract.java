package ru.knmc.innonet.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.network.MemberLevel;
import ru.knmc.innonet.network.Network;
import ru.knmc.innonet.network.NetworkFixture;
import ru.knmc.innonet.network.NetworkMember;
import ru.knmc.innonet.network.NetworkService;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/** Council composition, meetings, decisions and their register, on H2 and PostgreSQL. */
abstract class CouncilContract {
    private static final LocalDate DAY = LocalDate.of(2018, 9, 20);
    private NetworkFixture f;
    private CouncilService council;
    private MeetingService meetings;
    private DecisionRegister register;
    private Organization knmc;
    private Person chair;
    private Person secretary;
    private Person member;
    private Person guest;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        f = new NetworkFixture(freshDatabase());
        council = new CouncilService(f.db.dsl());
        meetings = new MeetingService(f.db.dsl());
        register = new DecisionRegister(f.db.dsl(), f.clock);
        knmc = f.org(OrgType.OTHER, "МКУ КНМЦ");
        chair = f.person("Некрасова", "Анна", "Викторовна", "директор МКУ КНМЦ", knmc.id());
        secretary = f.person("Демченко", "Светлана", "Юрьевна", "методист", knmc.id());
        member = f.person("Белова", "Ирина", "Викторовна", "профессор", null);
        guest = f.person("Гостева", "Ольга", "Павловна", "заведующий", null);
        council.save(new Composition(null, new AcademicYear(2018), null, List.of(
                new CouncilMember(chair.id(), CouncilRole.CHAIR, knmc.id()),
                new CouncilMember(secretary.id(), CouncilRole.SECRETARY, knmc.id()),
                new CouncilMember(member.id(), CouncilRole.MEMBER, null)), 0));
    }

    @AfterEach
    void tearDown() {
        f.db.close();
    }

    private Meeting draft(List<AgendaItem> items) {
        return new Meeting(null, 0, DAY, LocalTime.of(10, 0), "МКУ КНМЦ, ул. Стасова, 180", MeetingStatus.PLANNED, items,
                List.of(new Attendee(chair.id(), false, true), new Attendee(member.id(), false, false), new Attendee(guest.id(), true, true)), 0);
    }

    @Test
    void aNewYearStartsFromACopyOfTheLast() {
        Composition copy = council.copyLast(new AcademicYear(2019));
        assertThat(copy.orderId()).isNull();
        assertThat(copy.members()).extracting(CouncilMember::personId).containsExactly(chair.id(), secretary.id(), member.id());
        assertThat(council.years()).containsExactly(new AcademicYear(2019), new AcademicYear(2018));
        assertThatThrownBy(() -> council.copyLast(new AcademicYear(2019))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> council.copyLast(new AcademicYear(2010))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("копировать нечего");
    }

    @Test
    void twoChairsAreRefused() {
        Composition c = council.composition(new AcademicYear(2018)).orElseThrow();
        List<CouncilMember> members = new ArrayList<>(c.members());
        members.add(new CouncilMember(guest.id(), CouncilRole.CHAIR, null));
        assertThatThrownBy(() -> council.save(new Composition(c.id(), c.year(), c.orderId(), members, c.version())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("один председатель");
    }

    @Test
    void meetingsAreNumberedInTheirCalendarYearAndTitlesBeginWithO() {
        Meeting first = meetings.save(draft(List.of(AgendaItem.of("О плане работы", 10, List.of(chair.id())))));
        assertThat(first.number()).isEqualTo(1);
        Meeting second = meetings.save(new Meeting(null, 0, DAY.plusMonths(1), null, null, MeetingStatus.PLANNED, List.of(), List.of(), 0));
        assertThat(second.number()).isEqualTo(2);
        Meeting nextYear = meetings.save(new Meeting(null, 0, LocalDate.of(2019, 2, 1), null, null, MeetingStatus.PLANNED, List.of(), List.of(), 0));
        assertThat(nextYear.number()).isEqualTo(1);
        assertThatThrownBy(() -> meetings.save(draft(List.of(AgendaItem.of("План работы", 10, List.of())))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Вопрос 1").hasMessageContaining("«О …»");
        assertThat(meetings.list()).hasSize(3);
    }

    @Test
    void reorderingKeepsDecisionsAndTheirLinksToTheRegistry() {
        Meeting m = meetings.save(draft(List.of(
                AgendaItem.of("О составе сетей", 15, List.of(chair.id())),
                AgendaItem.of("Об утверждении направлений", 10, List.of(member.id())))));
        AgendaItem networksItem = m.items().get(0).withProtocol(chair.id(), "о составе сетей", List.of(new Remark(member.id(), "поддержать")),
                List.of(new DecisionPoint(null, "Принять ДС № 126 в сеть", null, knmc.id(), DAY.plusDays(10), null, null, null),
                        DecisionPoint.of("Утвердить тьютора")));
        AgendaItem directionsItem = m.items().get(1).withProtocol(null, null, List.of(),
                List.of(new DecisionPoint(null, "Согласовать направления", null, null, null, null, 2018, null)));
        m = meetings.save(m.withItems(List.of(networksItem, directionsItem)));
        long admitDecision = m.items().get(0).decisions().get(0).id();
        // a member admitted by the decision, and the tutor approved by point 1.2
        Organization ds108 = f.org(OrgType.PRESCHOOL, "МБДОУ ДС № 108");
        Organization ds126 = f.org(OrgType.PRESCHOOL, "МБДОУ ДС № 126");
        Network n = new NetworkService(f.db.dsl()).save(new Network(null, "Сеть ДС № 108", null, null, ds108.id(),
                ru.knmc.innonet.network.FormationVariant.CONTEST, ru.knmc.innonet.network.InteractionForm.SITE, DAY, null,
                null, guest.id(), m.items().get(0).decisions().get(1).id(), 0,
                List.of(new NetworkMember(null, ds126.id(), MemberLevel.PARTNER, DAY, null, admitDecision, null, false)),
                List.of(), List.of(), List.of()));
        // reorder: the directions item first
        Meeting reordered = meetings.save(m.withItems(List.of(m.items().get(1), m.items().get(0))));
        assertThat(reordered.items()).extracting(AgendaItem::title).containsExactly("Об утверждении направлений", "О составе сетей");
        assertThat(reordered.items().get(1).decisions().get(0).id()).isEqualTo(admitDecision);
        assertThat(new NetworkService(f.db.dsl()).get(n.id()).members().get(1).admittedDecisionId()).isEqualTo(admitDecision);
        var rows = register.find(DecisionFilter.all());
        assertThat(rows).extracting(DecisionRow::point, DecisionRow::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.1", "Согласовать направления"),
                org.assertj.core.groups.Tuple.tuple("2.1", "Принять ДС № 126 в сеть"),
                org.assertj.core.groups.Tuple.tuple("2.2", "Утвердить тьютора"));
        assertThat(rows.get(0).links()).contains("направления на 2018–2019");
        assertThat(rows.get(1).links()).contains("МБДОУ ДС № 126").contains("Сеть ДС № 108");
        assertThat(rows.get(1).responsible()).isEqualTo("МКУ КНМЦ");
        assertThat(rows.get(2).links()).contains("Гостева О.П.");
    }

    @Test
    void overdueDecisionsUntilDone() {
        Meeting m = meetings.save(draft(List.of(AgendaItem.of("О плане", 10, List.of()).withProtocol(null, null, List.of(), List.of(
                new DecisionPoint(null, "Подготовить положение", secretary.id(), null, LocalDate.of(2018, 12, 1), null, null, null),
                new DecisionPoint(null, "Разместить на сайте", null, null, LocalDate.of(2030, 1, 1), null, null, null))))));
        // the fixture's clock says 15.03.2019
        assertThat(register.overdue()).extracting(DecisionRow::text, DecisionRow::responsible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Подготовить положение", "Демченко С.Ю."));
        assertThat(register.find(new DecisionFilter("сайт", DecisionFilter.State.OPEN, null, null))).hasSize(1);
        long id = register.overdue().get(0).id();
        assertThatThrownBy(() -> register.setDone(id, DAY.minusDays(1))).isInstanceOf(ValidationException.class);
        register.setDone(id, LocalDate.of(2019, 1, 10));
        assertThat(register.overdue()).isEmpty();
        assertThat(register.find(new DecisionFilter(null, DecisionFilter.State.DONE, null, null))).hasSize(1);
        assertThat(meetings.get(m.id()).items().get(0).decisions().get(0).doneOn()).isEqualTo(LocalDate.of(2019, 1, 10));
    }

    @Test
    void theStartPageNamesTheResponsibleWithOneFullStop() {
        meetings.save(draft(List.of(AgendaItem.of("О плане", 10, List.of()).withProtocol(null, null, List.of(), List.of(
                new DecisionPoint(null, "Подготовить положение.", secretary.id(), null, LocalDate.of(2018, 12, 1), null, null, null),
                new DecisionPoint(null, "Разместить на сайте", null, null, LocalDate.of(2018, 12, 10), null, null, null))))));
        List<ru.knmc.innonet.home.Reminder> reminders = new CouncilReminders(f.db.dsl()).reminders(LocalDate.of(2018, 12, 5));
        assertThat(reminders).extracting(ru.knmc.innonet.home.Reminder::urgency)
                .containsExactlyInAnyOrder(ru.knmc.innonet.home.Urgency.OVERDUE, ru.knmc.innonet.home.Urgency.SOON);
        String overdue = reminders.stream().filter(r -> r.urgency() == ru.knmc.innonet.home.Urgency.OVERDUE).findFirst().orElseThrow().text();
        assertThat(overdue).contains("Подготовить положение.").endsWith("Ответственный: Демченко С.Ю.").doesNotContain("..");
        String soon = reminders.stream().filter(r -> r.urgency() == ru.knmc.innonet.home.Urgency.SOON).findFirst().orElseThrow().text();
        assertThat(soon).endsWith("Разместить на сайте").doesNotContain("Ответственный");
    }

    @Test
    void thePaperResolvesChairSecretaryAttendanceAndPointNumbers() {
        Meeting m = meetings.save(draft(List.of(
                AgendaItem.of("О плане", 10, List.of(chair.id(), member.id())),
                AgendaItem.of("Об отчётах", 20, List.of()).withProtocol(secretary.id(), "об отчётах", List.of(),
                        List.of(DecisionPoint.of("Принять к сведению"), DecisionPoint.of("Утвердить критерии"))))));
        MeetingPaper paper = meetings.paper(m);
        assertThat(paper.chair().lastName()).isEqualTo("Некрасова");
        assertThat(paper.secretary().lastName()).isEqualTo("Демченко");
        assertThat(paper.present()).extracting(Person::lastName).containsExactly("Некрасова");
        assertThat(paper.absent()).extracting(Person::lastName).containsExactly("Белова");
        assertThat(paper.guests()).extracting(Person::lastName).containsExactly("Гостева");
        assertThat(paper.items().get(0).speakers()).extracting(MeetingPaper::speaker)
                .containsExactly("Некрасова А.В., директор МКУ КНМЦ", "Белова И.В., профессор");
        assertThat(paper.items().get(1).points()).extracting(MeetingPaper.Point::number).containsExactly("2.1", "2.2");
    }

    @Test
    void aStaleMeetingIsRefused() {
        Meeting m = meetings.save(draft(List.of()));
        meetings.save(m);
        assertThatThrownBy(() -> meetings.save(m)).isInstanceOf(ConcurrentEditException.class);
    }
}
