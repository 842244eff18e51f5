package ru.knmc.innonet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.event.Event;
import ru.knmc.innonet.event.EventFormat;
import ru.knmc.innonet.event.EventLevel;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.registry.OrgType;

/** A roadmap item carried out by an event: the item done, the event the network's work, and back again. */
class RoadmapEventsH2Test {
    private final NetworkFixture f = new NetworkFixture(TestDatabases.h2());
    private final NetworkService networks = new NetworkService(f.db.dsl());
    private final EventService events = new EventService(f.db.dsl());
    private final RoadmapEvents links = new RoadmapEvents(f.db.dsl());

    @AfterEach
    void close() {
        f.db.close();
    }

    @Test
    void anEventCarriesOutARoadmapItemAndCountsAsTheNetworksWork() {
        long centre = f.org(OrgType.PRESCHOOL, "МБДОУ детский сад № 108").id();
        AcademicYear year = new AcademicYear(2017);
        Network n = NetworkFixture.network("Сеть ДС № 108", centre, LocalDate.of(2017, 9, 1), List.of(
                NetworkFixture.member(centre, MemberLevel.CENTRE, LocalDate.of(2017, 9, 1), null)));
        n = new Network(null, n.name(), n.theme(), n.directionId(), n.centreId(), n.variant(), n.form(), n.startDate(),
                n.endDate(), null, null, null, 0, n.members(), List.of(), List.of(), List.of(
                new RoadmapItem(null, year, "Фестиваль открытых занятий", LocalDate.of(2018, 2, 19),
                        LocalDate.of(2018, 2, 20), centre, null, "Опыт представлен", RoadmapStatus.PLANNED, null)));
        Network saved = networks.save(n);
        long itemId = networks.get(saved.id()).roadmap().get(0).id();
        long kind = events.kinds().get(0).id();
        Event festival = events.save(new Event(null, "Новые идеи — новой школе", kind, EventLevel.MUNICIPAL,
                EventFormat.IN_PERSON, LocalDate.of(2018, 2, 19), LocalDate.of(2018, 2, 20), centre, null, null, null, 300, 0));
        Event lastYear = events.save(new Event(null, "Семинар прошлого года", kind, EventLevel.MUNICIPAL,
                EventFormat.IN_PERSON, LocalDate.of(2017, 5, 10), null, centre, null, null, null, 40, 0));

        assertThat(links.eventsOf(year)).extracting(RoadmapEvents.EventChoice::id).containsExactly(festival.id());

        links.carryOut(itemId, festival.id());

        RoadmapItem item = networks.get(saved.id()).roadmap().get(0);
        assertThat(item.eventId()).isEqualTo(festival.id());
        assertThat(item.status()).isEqualTo(RoadmapStatus.DONE);
        assertThat(links.networkOf(festival.id())).isEqualTo(saved.id());
        assertThat(links.carriedOutBy(festival.id())).singleElement()
                .satisfies(c -> assertThat(c.activity()).isEqualTo("Фестиваль открытых занятий"))
                .satisfies(c -> assertThat(c.networkName()).isEqualTo("Сеть ДС № 108"));
        assertThat(links.carriedOutBy(lastYear.id())).isEmpty();

        // the network saved again from its editor keeps the link
        networks.save(networks.get(saved.id()));
        assertThat(networks.get(saved.id()).roadmap().get(0).eventId()).isEqualTo(festival.id());

        // an event deleted by mistake leaves the item without an event, not broken
        events.delete(festival.id());
        assertThat(networks.get(saved.id()).roadmap().get(0).eventId()).isNull();
    }

    @Test
    void aMissingItemOrEventIsRefusedInRussian() {
        assertThatThrownBy(() -> links.carryOut(999, 1)).isInstanceOf(UserException.class)
                .hasMessageContaining("пункт дорожной карты");
    }
}
