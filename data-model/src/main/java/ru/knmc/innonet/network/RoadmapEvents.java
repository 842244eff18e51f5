package ru.knmc.innonet.network;

import static ru.knmc.innonet.db.jooq.Tables.EVENT;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK;
import static ru.knmc.innonet.db.jooq.Tables.ROADMAP_ITEM;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.UserException;

/**
 * Where a network's roadmap meets the events: the event that carried a roadmap item out (the item is
 * then done, and the event counts as the network's work), and, from an event's side, the roadmap
 * items it carried out.
 */
public final class RoadmapEvents {
    private final DSLContext dsl;

    public RoadmapEvents(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An event that may carry out a roadmap item of {@code year}: held within the academic year. */
    public record EventChoice(long id, String title, LocalDate startDate) {
    }

    /** A roadmap item an event carried out, with its network. */
    public record CarriedItem(long roadmapItemId, long networkId, String networkName, String activity) {
    }

    /** Events held within the academic year, by date: the choices for a roadmap item of that year. */
    public List<EventChoice> eventsOf(AcademicYear year) {
        return dsl.select(EVENT.ID, EVENT.TITLE, EVENT.START_DATE).from(EVENT)
                .where(EVENT.START_DATE.between(year.start(), year.end()))
                .orderBy(EVENT.START_DATE, EVENT.TITLE)
                .fetch(r -> new EventChoice(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Records that {@code eventId} carried the item out: the item becomes done and the event, when it
     * carries no network's work yet, the work of the item's network. One transaction.
     */
    public void carryOut(long roadmapItemId, long eventId) {
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            Long networkId = tx.select(ROADMAP_ITEM.NETWORK_ID).from(ROADMAP_ITEM).where(ROADMAP_ITEM.ID.eq(roadmapItemId))
                    .fetchOptional(ROADMAP_ITEM.NETWORK_ID).orElseThrow(() -> new UserException("roadmapEvents.noItem"));
            if (!tx.fetchExists(EVENT, EVENT.ID.eq(eventId))) {
                throw new UserException("roadmapEvents.noEvent");
            }
            tx.update(ROADMAP_ITEM).set(ROADMAP_ITEM.EVENT_ID, eventId).set(ROADMAP_ITEM.ITEM_STATUS, RoadmapStatus.DONE.name())
                    .where(ROADMAP_ITEM.ID.eq(roadmapItemId)).execute();
            tx.update(EVENT).set(EVENT.NETWORK_ID, networkId).set(EVENT.VERSION, EVENT.VERSION.plus(1))
                    .where(EVENT.ID.eq(eventId)).and(EVENT.NETWORK_ID.isNull()).execute();
        });
    }

    /** The roadmap items {@code eventId} carried out, by network and position. */
    public List<CarriedItem> carriedOutBy(long eventId) {
        return dsl.select(ROADMAP_ITEM.ID, NETWORK.ID, NETWORK.NAME, ROADMAP_ITEM.ACTIVITY)
                .from(ROADMAP_ITEM).join(NETWORK).on(NETWORK.ID.eq(ROADMAP_ITEM.NETWORK_ID))
                .where(ROADMAP_ITEM.EVENT_ID.eq(eventId))
                .orderBy(NETWORK.NAME, ROADMAP_ITEM.ACADEMIC_YEAR, ROADMAP_ITEM.POSITION)
                .fetch(r -> new CarriedItem(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The network whose work the event is, or {@code null}. */
    public Long networkOf(long eventId) {
        return dsl.select(EVENT.NETWORK_ID).from(EVENT).where(EVENT.ID.eq(eventId)).fetchOne(EVENT.NETWORK_ID);
    }

    /** Sets (or, with {@code null}, clears) the network whose work the event is. */
    public void setNetwork(long eventId, Long networkId) {
        dsl.update(EVENT).set(EVENT.NETWORK_ID, networkId).set(EVENT.VERSION, EVENT.VERSION.plus(1))
                .where(EVENT.ID.eq(eventId)).execute();
    }
}
