package ru.knmc.innonet.council;

import static ru.knmc.innonet.db.jooq.Tables.AGENDA_ITEM;
import static ru.knmc.innonet.db.jooq.Tables.AGENDA_REMARK;
import static ru.knmc.innonet.db.jooq.Tables.AGENDA_SPEAKER;
import static ru.knmc.innonet.db.jooq.Tables.ATTENDANCE;
import static ru.knmc.innonet.db.jooq.Tables.DECISION;
import static ru.knmc.innonet.db.jooq.Tables.MEETING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;

/**
 * Council meetings, read and saved whole: agenda items in order with speakers, СЛУШАЛИ, ВЫСТУПИЛИ and
 * ПОСТАНОВИЛИ, and attendance. Decisions keep their ids across saves, since the registry points at them.
 */
public final class MeetingService {
    private final DSLContext dsl;

    public MeetingService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MeetingSummary> list() {
        var items = DSL.select(DSL.count()).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID)).asField("items");
        return dsl.select(MEETING.ID, MEETING.MEETING_NUMBER, MEETING.MEETING_DATE, MEETING.START_TIME, MEETING.PLACE,
                        MEETING.MEETING_STATUS, items).from(MEETING)
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.MEETING_NUMBER.desc())
                .fetch(r -> new MeetingSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        MeetingStatus.valueOf(r.value6()), ((Number) r.value7()).intValue()));
    }

    /** The default number of a meeting on {@code date}: its ordinal among the meetings of that calendar year. */
    public int nextNumber(LocalDate date, Long exceptId) {
        int year = date.getYear();
        return dsl.fetchCount(MEETING, MEETING.MEETING_DATE.between(LocalDate.of(year, 1, 1), date)
                .and(exceptId == null ? DSL.trueCondition() : MEETING.ID.ne(exceptId))) + 1;
    }

    public Optional<Meeting> find(long id) {
        return read(dsl, id);
    }

    public Meeting get(long id) {
        return find(id).orElseThrow(() -> new UserException("meeting.error.notFound", id));
    }

    static Optional<Meeting> read(DSLContext tx, long id) {
        var m = tx.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOne();
        if (m == null) {
            return Optional.empty();
        }
        var itemRows = tx.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(id)).orderBy(AGENDA_ITEM.POSITION).fetch();
        Map<Long, List<Long>> speakers = new HashMap<>();
        Map<Long, List<Remark>> remarks = new HashMap<>();
        Map<Long, List<DecisionPoint>> decisions = new HashMap<>();
        var itemIds = itemRows.map(r -> r.getId());
        tx.selectFrom(AGENDA_SPEAKER).where(AGENDA_SPEAKER.AGENDA_ITEM_ID.in(itemIds)).orderBy(AGENDA_SPEAKER.SORT_ORDER)
                .forEach(s -> speakers.computeIfAbsent(s.getAgendaItemId(), k -> new ArrayList<>()).add(s.getPersonId()));
        tx.selectFrom(AGENDA_REMARK).where(AGENDA_REMARK.AGENDA_ITEM_ID.in(itemIds)).orderBy(AGENDA_REMARK.SORT_ORDER)
                .forEach(r -> remarks.computeIfAbsent(r.getAgendaItemId(), k -> new ArrayList<>()).add(new Remark(r.getPersonId(), r.getGist())));
        tx.selectFrom(DECISION).where(DECISION.AGENDA_ITEM_ID.in(itemIds)).orderBy(DECISION.POINT_NO)
                .forEach(d -> decisions.computeIfAbsent(d.getAgendaItemId(), k -> new ArrayList<>()).add(new DecisionPoint(
                        d.getId(), d.getPointText(), d.getResponsiblePersonId(), d.getResponsibleOrgId(), d.getDueDate(),
                        d.getDoneOn(), d.getDirectionsYear(), d.getDirectionsOrderId())));
        List<AgendaItem> items = itemRows.map(r -> new AgendaItem(r.getId(), r.getTitle(), r.getDurationMinutes(), r.getMaterials(),
                speakers.getOrDefault(r.getId(), List.of()), r.getHeardPersonId(), r.getHeardText(),
                remarks.getOrDefault(r.getId(), List.of()), decisions.getOrDefault(r.getId(), List.of())));
        List<Attendee> attendance = tx.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(id))
                .orderBy(ATTENDANCE.GUEST, ATTENDANCE.PERSON_ID)
                .fetch(a -> new Attendee(a.getPersonId(), a.getGuest(), a.getPresent()));
        return Optional.of(new Meeting(m.getId(), m.getMeetingNumber(), m.getMeetingDate(), m.getStartTime(), m.getPlace(),
                MeetingStatus.valueOf(m.getMeetingStatus()), items, attendance, m.getVersion()));
    }

    public Meeting save(Meeting meeting) {
        return dsl.transactionResult(c -> save(c.dsl(), meeting));
    }

    /** Saves inside the caller's transaction; a number of 0 means «the next of the calendar year». */
    public static Meeting save(DSLContext tx, Meeting m) {
        validate(m);
        int number = m.number() > 0 ? m.number() : new MeetingService(tx).nextNumber(m.date(), m.id());
        long id;
        if (m.id() == null) {
            id = tx.insertInto(MEETING).set(MEETING.MEETING_NUMBER, number).set(MEETING.MEETING_DATE, m.date())
                    .set(MEETING.START_TIME, m.time()).set(MEETING.PLACE, blankToNull(m.place()))
                    .set(MEETING.MEETING_STATUS, m.status().name()).returning(MEETING.ID).fetchOne(MEETING.ID);
        } else {
            int n = tx.update(MEETING).set(MEETING.MEETING_NUMBER, number).set(MEETING.MEETING_DATE, m.date())
                    .set(MEETING.START_TIME, m.time()).set(MEETING.PLACE, blankToNull(m.place()))
                    .set(MEETING.MEETING_STATUS, m.status().name()).set(MEETING.VERSION, MEETING.VERSION.plus(1))
                    .where(MEETING.ID.eq(m.id()).and(MEETING.VERSION.eq(m.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("meeting.title", number, Dates.format(m.date())));
            }
            id = m.id();
        }
        saveItems(tx, id, m.items());
        tx.deleteFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(id)).execute();
        Set<Long> seen = new HashSet<>();
        for (Attendee a : m.attendance()) {
            if (seen.add(a.personId())) {
                tx.insertInto(ATTENDANCE).set(ATTENDANCE.MEETING_ID, id).set(ATTENDANCE.PERSON_ID, a.personId())
                        .set(ATTENDANCE.GUEST, a.guest()).set(ATTENDANCE.PRESENT, a.present()).execute();
            }
        }
        return read(tx, id).orElseThrow();
    }

    private static void saveItems(DSLContext tx, long meetingId, List<AgendaItem> items) {
        Set<Long> existing = new HashSet<>(tx.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .fetch(AGENDA_ITEM.ID));
        Set<Long> keptItems = new HashSet<>();
        Set<Long> keptDecisions = new HashSet<>();
        List<Long> itemIds = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
            values.put(AGENDA_ITEM.POSITION, i + 1);
            values.put(AGENDA_ITEM.TITLE, item.title().strip());
            values.put(AGENDA_ITEM.DURATION_MINUTES, item.durationMinutes());
            values.put(AGENDA_ITEM.MATERIALS, blankToNull(item.materials()));
            values.put(AGENDA_ITEM.HEARD_PERSON_ID, item.heardPersonId());
            values.put(AGENDA_ITEM.HEARD_TEXT, blankToNull(item.heardText()));
            long itemId;
            if (item.id() != null && existing.contains(item.id())) {
                tx.update(AGENDA_ITEM).set(values).where(AGENDA_ITEM.ID.eq(item.id())).execute();
                itemId = item.id();
            } else {
                values.put(AGENDA_ITEM.MEETING_ID, meetingId);
                itemId = tx.insertInto(AGENDA_ITEM).set(values).returning(AGENDA_ITEM.ID).fetchOne(AGENDA_ITEM.ID);
            }
            keptItems.add(itemId);
            itemIds.add(itemId);
            tx.deleteFrom(AGENDA_SPEAKER).where(AGENDA_SPEAKER.AGENDA_ITEM_ID.eq(itemId)).execute();
            int order = 0;
            for (Long speaker : new java.util.LinkedHashSet<>(item.speakerIds())) {
                tx.insertInto(AGENDA_SPEAKER).set(AGENDA_SPEAKER.AGENDA_ITEM_ID, itemId).set(AGENDA_SPEAKER.PERSON_ID, speaker)
                        .set(AGENDA_SPEAKER.SORT_ORDER, ++order).execute();
            }
            tx.deleteFrom(AGENDA_REMARK).where(AGENDA_REMARK.AGENDA_ITEM_ID.eq(itemId)).execute();
            order = 0;
            for (Remark r : item.remarks()) {
                tx.insertInto(AGENDA_REMARK).set(AGENDA_REMARK.AGENDA_ITEM_ID, itemId).set(AGENDA_REMARK.PERSON_ID, r.personId())
                        .set(AGENDA_REMARK.GIST, r.gist().strip()).set(AGENDA_REMARK.SORT_ORDER, ++order).execute();
            }
        }
        // Decisions after all items exist, so that one may move between items without losing its id.
        Set<Long> existingDecisions = new HashSet<>(tx.select(DECISION.ID).from(DECISION).join(AGENDA_ITEM)
                .on(AGENDA_ITEM.ID.eq(DECISION.AGENDA_ITEM_ID)).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetch(DECISION.ID));
        for (int i = 0; i < items.size(); i++) {
            List<DecisionPoint> points = items.get(i).decisions();
            for (int p = 0; p < points.size(); p++) {
                DecisionPoint d = points.get(p);
                var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
                values.put(DECISION.AGENDA_ITEM_ID, itemIds.get(i));
                values.put(DECISION.POINT_NO, p + 1);
                values.put(DECISION.POINT_TEXT, d.text().strip());
                values.put(DECISION.RESPONSIBLE_PERSON_ID, d.responsiblePersonId());
                values.put(DECISION.RESPONSIBLE_ORG_ID, d.responsibleOrgId());
                values.put(DECISION.DUE_DATE, d.dueDate());
                values.put(DECISION.DONE_ON, d.doneOn());
                values.put(DECISION.DIRECTIONS_YEAR, d.directionsYear());
                values.put(DECISION.DIRECTIONS_ORDER_ID, d.directionsOrderId());
                if (d.id() != null && existingDecisions.contains(d.id())) {
                    tx.update(DECISION).set(values).where(DECISION.ID.eq(d.id())).execute();
                    keptDecisions.add(d.id());
                } else {
                    keptDecisions.add(tx.insertInto(DECISION).set(values).returning(DECISION.ID).fetchOne(DECISION.ID));
                }
            }
        }
        existingDecisions.removeAll(keptDecisions);
        if (!existingDecisions.isEmpty()) {
            tx.deleteFrom(DECISION).where(DECISION.ID.in(existingDecisions)).execute();
        }
        existing.removeAll(keptItems);
        if (!existing.isEmpty()) {
            tx.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.in(existing)).execute();
        }
    }

    static void validate(Meeting m) {
        if (m.date() == null) {
            throw new ValidationException("date", "validation.required", Messages.get("field.meeting.date"));
        }
        if (m.number() < 0) {
            throw new ValidationException("number", "validation.meeting.number");
        }
        if (m.status() == null) {
            throw new ValidationException("status", "validation.required", Messages.get("field.meeting.status"));
        }
        for (int i = 0; i < m.items().size(); i++) {
            AgendaItem item = m.items().get(i);
            int no = i + 1;
            if (!AgendaTitles.startsProperly(item.title())) {
                throw new ValidationException("items", "validation.meeting.itemTitle", no, item.title() == null ? "" : item.title().strip());
            }
            if (item.durationMinutes() != null && (item.durationMinutes() <= 0 || item.durationMinutes() > 600)) {
                throw new ValidationException("items", "validation.meeting.itemDuration", no);
            }
            for (Remark r : item.remarks()) {
                if (r.gist() == null || r.gist().isBlank()) {
                    throw new ValidationException("items", "validation.meeting.remarkEmpty", no);
                }
            }
            for (int p = 0; p < item.decisions().size(); p++) {
                DecisionPoint d = item.decisions().get(p);
                if (d.text() == null || d.text().isBlank()) {
                    throw new ValidationException("items", "validation.meeting.decisionEmpty", no + "." + (p + 1));
                }
                if (d.doneOn() != null && d.doneOn().isBefore(m.date())) {
                    throw new ValidationException("items", "validation.meeting.pointDoneBefore", no + "." + (p + 1));
                }
            }
        }
    }

    /** The meeting with every name resolved, for the agenda, the protocol and the preview. */
    public MeetingPaper paper(Meeting m) {
        Optional<Composition> composition = m.date() == null ? Optional.empty()
                : CouncilService.read(dsl, ru.knmc.innonet.common.AcademicYear.of(m.date()));
        Set<Long> personIds = new HashSet<>();
        composition.ifPresent(c -> c.members().forEach(x -> personIds.add(x.personId())));
        Set<Long> orgIds = new HashSet<>();
        m.attendance().forEach(a -> personIds.add(a.personId()));
        for (AgendaItem i : m.items()) {
            personIds.addAll(i.speakerIds());
            if (i.heardPersonId() != null) {
                personIds.add(i.heardPersonId());
            }
            i.remarks().forEach(r -> personIds.add(r.personId()));
            for (DecisionPoint d : i.decisions()) {
                if (d.responsiblePersonId() != null) {
                    personIds.add(d.responsiblePersonId());
                }
                if (d.responsibleOrgId() != null) {
                    orgIds.add(d.responsibleOrgId());
                }
            }
        }
        Map<Long, ru.knmc.innonet.registry.Person> persons = new ru.knmc.innonet.registry.OrganizationService(dsl).personsById(personIds);
        Map<Long, String> orgs = new HashMap<>();
        dsl.select(ru.knmc.innonet.db.jooq.Tables.ORGANIZATION.ID, ru.knmc.innonet.db.jooq.Tables.ORGANIZATION.SHORT_NAME)
                .from(ru.knmc.innonet.db.jooq.Tables.ORGANIZATION).where(ru.knmc.innonet.db.jooq.Tables.ORGANIZATION.ID.in(orgIds))
                .forEach(r -> orgs.put(r.value1(), r.value2()));
        return MeetingPaper.of(m, composition, persons::get, orgs);
    }

    public void delete(Meeting m) {
        dsl.transaction(c -> {
            int n = c.dsl().deleteFrom(MEETING).where(MEETING.ID.eq(m.id()).and(MEETING.VERSION.eq(m.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("meeting.title", m.number(), Dates.format(m.date())));
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
