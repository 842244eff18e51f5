package ru.knmc.innonet.event;

import static ru.knmc.innonet.db.jooq.Tables.EVENT;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_KIND;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_PARTICIPANT;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_PARTICIPANT_COUNT;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PARTICIPANT_CATEGORY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.jooq.tables.records.EventRecord;
import ru.knmc.innonet.registry.Fields;

/** Events, their kinds, entered participant counts and named participant lists. */
public final class EventService {
    private final DSLContext dsl;

    public EventService(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- kinds and categories ---

    public List<EventKind> kinds() {
        return dsl.selectFrom(EVENT_KIND).orderBy(EVENT_KIND.SORT_ORDER, EVENT_KIND.NAME)
                .fetch(r -> new EventKind(r.getId(), r.getName(), r.getSortOrder(), r.getVersion()));
    }

    public EventKind saveKind(EventKind k) {
        String name = Fields.required("eventKind", "name", k.name());
        Fields.maxLength("eventKind", "name", name, 200);
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (tx.fetchExists(EVENT_KIND, EVENT_KIND.NAME.equalIgnoreCase(name)
                    .and(k.id() == null ? DSL.trueCondition() : EVENT_KIND.ID.ne(k.id())))) {
                throw new ValidationException("name", "validation.eventKind.duplicate", name);
            }
            if (k.id() == null) {
                long id = tx.insertInto(EVENT_KIND).set(EVENT_KIND.NAME, name).set(EVENT_KIND.SORT_ORDER, k.sortOrder())
                        .returning(EVENT_KIND.ID).fetchOne(EVENT_KIND.ID);
                return new EventKind(id, name, k.sortOrder(), 0);
            }
            int n = tx.update(EVENT_KIND).set(EVENT_KIND.NAME, name).set(EVENT_KIND.SORT_ORDER, k.sortOrder())
                    .set(EVENT_KIND.VERSION, EVENT_KIND.VERSION.plus(1))
                    .where(EVENT_KIND.ID.eq(k.id()).and(EVENT_KIND.VERSION.eq(k.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(name);
            }
            return new EventKind(k.id(), name, k.sortOrder(), k.version() + 1);
        });
    }

    public void deleteKind(long id) {
        dsl.transaction(c -> {
            if (c.dsl().fetchExists(EVENT, EVENT.EVENT_KIND_ID.eq(id))) {
                throw new ValidationException("name", "validation.eventKind.inUse");
            }
            c.dsl().deleteFrom(EVENT_KIND).where(EVENT_KIND.ID.eq(id)).execute();
        });
    }

    public List<ParticipantCategory> categories() {
        return dsl.selectFrom(PARTICIPANT_CATEGORY).orderBy(PARTICIPANT_CATEGORY.SORT_ORDER, PARTICIPANT_CATEGORY.NAME)
                .fetch(r -> new ParticipantCategory(r.getId(), r.getName(), r.getSortOrder(), r.getVersion()));
    }

    // --- events ---

    /** Events that start in {@code year} (all events when null), newest first, with derived participant totals. */
    public List<EventRow> events(Integer year) {
        Condition c = year == null ? DSL.trueCondition() : yearCondition(year);
        Map<Long, ParticipationSummary> summaries = Participation.summaries(dsl, c);
        return dsl.select(EVENT.ID, EVENT.TITLE, EVENT_KIND.NAME, EVENT.EVENT_LEVEL, EVENT.EVENT_FORMAT, EVENT.START_DATE,
                        EVENT.END_DATE, ORGANIZATION.SHORT_NAME)
                .from(EVENT).join(EVENT_KIND).on(EVENT_KIND.ID.eq(EVENT.EVENT_KIND_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(EVENT.HOST_ORGANIZATION_ID))
                .where(c).orderBy(EVENT.START_DATE.desc(), EVENT.TITLE)
                .fetch(r -> {
                    ParticipationSummary s = summaries.get(r.get(EVENT.ID));
                    return new EventRow(r.get(EVENT.ID), r.get(EVENT.TITLE), r.get(EVENT_KIND.NAME),
                            EventLevel.valueOf(r.get(EVENT.EVENT_LEVEL)), EventFormat.valueOf(r.get(EVENT.EVENT_FORMAT)),
                            r.get(EVENT.START_DATE), r.get(EVENT.END_DATE), r.get(ORGANIZATION.SHORT_NAME),
                            s == null ? 0 : s.total(), s != null && s.fromList());
                });
    }

    static Condition yearCondition(int year) {
        return EVENT.START_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Optional<Event> event(long id) {
        return dsl.selectFrom(EVENT).where(EVENT.ID.eq(id)).fetchOptional(EventService::map);
    }

    static Event map(EventRecord r) {
        return new Event(r.getId(), r.getTitle(), r.getEventKindId(), EventLevel.valueOf(r.getEventLevel()),
                EventFormat.valueOf(r.getEventFormat()), r.getStartDate(), r.getEndDate(), r.getHostOrganizationId(),
                r.getOrganizer(), r.getDescription(), r.getLink(), r.getParticipantsTotal(), r.getVersion());
    }

    public Event save(Event e) {
        String title = Fields.maxLength("event", "title", Fields.required("event", "title", e.title()), 1000);
        Fields.required("event", "kindId", e.kindId());
        Fields.required("event", "level", e.level());
        Fields.required("event", "format", e.format());
        LocalDate start = Fields.required("event", "startDate", e.startDate());
        if (e.endDate() != null && e.endDate().isBefore(start)) {
            throw new ValidationException("endDate", "validation.event.endBeforeStart", Fields.label("event", "endDate"),
                    ru.knmc.innonet.common.Dates.format(e.endDate()), ru.knmc.innonet.common.Dates.format(start));
        }
        if (e.participantsTotal() != null && (e.participantsTotal() < 0 || e.participantsTotal() > 1_000_000)) {
            throw new ValidationException("participantsTotal", "validation.range",
                    Fields.label("event", "participantsTotal"), 0, 1_000_000);
        }
        Fields.maxLength("event", "organizer", e.organizer(), 500);
        Fields.maxLength("event", "description", e.description(), 4000);
        Fields.maxLength("event", "link", e.link(), 1000);
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            EventRecord r = e.id() == null ? tx.newRecord(EVENT)
                    : tx.selectFrom(EVENT).where(EVENT.ID.eq(e.id())).fetchOptional()
                    .orElseThrow(() -> new ConcurrentEditException(title));
            if (e.id() != null && r.getVersion() != e.version()) {
                throw new ConcurrentEditException(title);
            }
            r.setTitle(title);
            r.setEventKindId(e.kindId());
            r.setEventLevel(e.level().name());
            r.setEventFormat(e.format().name());
            r.setStartDate(start);
            r.setEndDate(e.endDate());
            r.setHostOrganizationId(e.hostOrganizationId());
            r.setOrganizer(blank(e.organizer()));
            r.setDescription(blank(e.description()));
            r.setLink(blank(e.link()));
            r.setParticipantsTotal(e.participantsTotal());
            r.setVersion(e.id() == null ? 0 : e.version() + 1);
            r.store();
            return map(r);
        });
    }

    public void delete(long id) {
        dsl.transaction(c -> c.dsl().deleteFrom(EVENT).where(EVENT.ID.eq(id)).execute());
    }

    // --- participants ---

    public List<ParticipantCount> counts(long eventId) {
        return dsl.selectFrom(EVENT_PARTICIPANT_COUNT).where(EVENT_PARTICIPANT_COUNT.EVENT_ID.eq(eventId))
                .orderBy(EVENT_PARTICIPANT_COUNT.ID).fetch(r -> {
                    Dimension d = Dimension.valueOf(r.getDimension());
                    long key = switch (d) {
                        case CATEGORY -> r.getCategoryId();
                        case MUNICIPALITY -> r.getMunicipalityId();
                        case ORGANIZATION -> r.getOrganizationId();
                    };
                    return new ParticipantCount(d, key, r.getParticipantCount());
                });
    }

    /** Replaces the event's entered counts, in one transaction. */
    public void saveCounts(long eventId, List<ParticipantCount> counts) {
        for (ParticipantCount pc : counts) {
            if (pc.count() < 0) {
                throw new ValidationException("count", "validation.range", Fields.label("event", "participantsTotal"),
                        0, 1_000_000);
            }
        }
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.deleteFrom(EVENT_PARTICIPANT_COUNT).where(EVENT_PARTICIPANT_COUNT.EVENT_ID.eq(eventId)).execute();
            for (ParticipantCount pc : counts) {
                tx.insertInto(EVENT_PARTICIPANT_COUNT).set(EVENT_PARTICIPANT_COUNT.EVENT_ID, eventId)
                        .set(EVENT_PARTICIPANT_COUNT.DIMENSION, pc.dimension().name())
                        .set(EVENT_PARTICIPANT_COUNT.CATEGORY_ID, pc.dimension() == Dimension.CATEGORY ? pc.keyId() : null)
                        .set(EVENT_PARTICIPANT_COUNT.MUNICIPALITY_ID, pc.dimension() == Dimension.MUNICIPALITY ? pc.keyId() : null)
                        .set(EVENT_PARTICIPANT_COUNT.ORGANIZATION_ID, pc.dimension() == Dimension.ORGANIZATION ? pc.keyId() : null)
                        .set(EVENT_PARTICIPANT_COUNT.PARTICIPANT_COUNT, pc.count()).execute();
            }
        });
    }

    public List<Participant> participants(long eventId) {
        return dsl.selectFrom(EVENT_PARTICIPANT).where(EVENT_PARTICIPANT.EVENT_ID.eq(eventId))
                .orderBy(EVENT_PARTICIPANT.ID).fetch(r -> new Participant(r.getId(), r.getLastName(), r.getFirstName(),
                        r.getMiddleName(), r.getOrganizationName(), r.getOrganizationId(), r.getPosition(),
                        r.getMunicipalityId(), r.getCategoryId()));
    }

    /** Replaces the event's named list inside the caller's transaction {@code tx}. */
    public static void replaceParticipants(DSLContext tx, long eventId, List<Participant> list) {
        tx.deleteFrom(EVENT_PARTICIPANT).where(EVENT_PARTICIPANT.EVENT_ID.eq(eventId)).execute();
        for (Participant p : list) {
            tx.insertInto(EVENT_PARTICIPANT).set(EVENT_PARTICIPANT.EVENT_ID, eventId)
                    .set(EVENT_PARTICIPANT.LAST_NAME, p.lastName()).set(EVENT_PARTICIPANT.FIRST_NAME, blank(p.firstName()))
                    .set(EVENT_PARTICIPANT.MIDDLE_NAME, blank(p.middleName()))
                    .set(EVENT_PARTICIPANT.ORGANIZATION_NAME, blank(p.organizationName()))
                    .set(EVENT_PARTICIPANT.ORGANIZATION_ID, p.organizationId())
                    .set(EVENT_PARTICIPANT.POSITION, blank(p.position()))
                    .set(EVENT_PARTICIPANT.MUNICIPALITY_ID, p.municipalityId())
                    .set(EVENT_PARTICIPANT.CATEGORY_ID, p.categoryId()).execute();
        }
    }

    public ParticipationSummary summary(long eventId) {
        return Participation.summaries(dsl, EVENT.ID.eq(eventId)).getOrDefault(eventId,
                new ParticipationSummary(0, false, Map.of(), Map.of(), Map.of(), List.of(), Map.of()));
    }

    /** Summaries of the events that start in {@code year}, by event id. */
    public Map<Long, ParticipationSummary> summaries(int year) {
        return Participation.summaries(dsl, yearCondition(year));
    }

    /** Summaries of the events that start between {@code from} and {@code to} inclusive, by event id. */
    public Map<Long, ParticipationSummary> summaries(LocalDate from, LocalDate to) {
        return Participation.summaries(dsl, EVENT.START_DATE.between(from, to));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
