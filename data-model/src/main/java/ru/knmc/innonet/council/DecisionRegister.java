package ru.knmc.innonet.council;

import static ru.knmc.innonet.db.jooq.Tables.AGENDA_ITEM;
import static ru.knmc.innonet.db.jooq.Tables.DECISION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MEETING;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK_MEMBER;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;

/** The register of the council's decisions across meetings, and what each changed in the registry. */
public final class DecisionRegister {
    private final DSLContext dsl;
    private final Clock clock;

    public DecisionRegister(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<DecisionRow> find(DecisionFilter filter) {
        return find(filter, today());
    }

    public List<DecisionRow> find(DecisionFilter filter, LocalDate today) {
        Map<Long, List<String>> links = links();
        var responsiblePerson = PERSON.as("rp");
        var responsibleOrg = ORGANIZATION.as("ro");
        List<DecisionRow> rows = dsl.select(DECISION.ID, MEETING.ID, MEETING.MEETING_NUMBER, MEETING.MEETING_DATE,
                        AGENDA_ITEM.POSITION, DECISION.POINT_NO, AGENDA_ITEM.TITLE, DECISION.POINT_TEXT,
                        responsiblePerson.LAST_NAME, responsiblePerson.FIRST_NAME, responsiblePerson.MIDDLE_NAME,
                        responsibleOrg.SHORT_NAME, DECISION.DUE_DATE, DECISION.DONE_ON)
                .from(DECISION).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.AGENDA_ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .leftJoin(responsiblePerson).on(responsiblePerson.ID.eq(DECISION.RESPONSIBLE_PERSON_ID))
                .leftJoin(responsibleOrg).on(responsibleOrg.ID.eq(DECISION.RESPONSIBLE_ORG_ID))
                .orderBy(MEETING.MEETING_DATE.desc(), AGENDA_ITEM.POSITION, DECISION.POINT_NO)
                .fetch(r -> {
                    List<String> who = new ArrayList<>();
                    if (r.value9() != null) {
                        who.add(new ru.knmc.innonet.registry.Person(null, r.value9(), r.value10(), r.value11(), null, null,
                                null, null, null, null, 0).shortName());
                    }
                    if (r.value12() != null) {
                        who.add(r.value12());
                    }
                    return new DecisionRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5() + "." + r.value6(),
                            r.value7(), r.value8(), String.join(", ", who), r.value13(), r.value14(),
                            String.join("; ", links.getOrDefault(r.value1(), List.of())));
                });
        return rows.stream().filter(r -> filter.accepts(r, today)).toList();
    }

    public List<DecisionRow> overdue() {
        return find(new DecisionFilter(null, DecisionFilter.State.OVERDUE, null, null));
    }

    /** Marks a decision carried out on {@code doneOn}, or open again when it is null. */
    public void setDone(long decisionId, LocalDate doneOn) {
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            var meetingDate = tx.select(MEETING.MEETING_DATE).from(DECISION).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.AGENDA_ITEM_ID))
                    .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID)).where(DECISION.ID.eq(decisionId)).fetchOne(MEETING.MEETING_DATE);
            if (meetingDate == null) {
                throw new UserException("meeting.error.decisionNotFound", decisionId);
            }
            if (doneOn != null && doneOn.isBefore(meetingDate)) {
                throw new ValidationException("doneOn", "validation.meeting.decisionDoneBefore", Dates.format(meetingDate));
            }
            tx.update(DECISION).set(DECISION.DONE_ON, doneOn).where(DECISION.ID.eq(decisionId)).execute();
        });
    }

    /** Decisions to link registry changes to: «№ 3 от 05.06.2018, п. 1.2: text», newest first. */
    public List<DecisionChoice> choices() {
        return dsl.select(DECISION.ID, MEETING.MEETING_NUMBER, MEETING.MEETING_DATE, AGENDA_ITEM.POSITION, DECISION.POINT_NO, DECISION.POINT_TEXT)
                .from(DECISION).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(DECISION.AGENDA_ITEM_ID))
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .orderBy(MEETING.MEETING_DATE.desc(), AGENDA_ITEM.POSITION, DECISION.POINT_NO)
                .fetch(r -> new DecisionChoice(r.value1(), Messages.get("decision.choice", r.value2(), Dates.format(r.value3()),
                        r.value4() + "." + r.value5()), r.value6()));
    }

    private Map<Long, List<String>> links() {
        Map<Long, List<String>> result = new HashMap<>();
        dsl.select(NETWORK_MEMBER.ADMITTED_DECISION_ID, ORGANIZATION.SHORT_NAME, NETWORK.NAME).from(NETWORK_MEMBER)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(NETWORK_MEMBER.ORGANIZATION_ID))
                .join(NETWORK).on(NETWORK.ID.eq(NETWORK_MEMBER.NETWORK_ID))
                .where(NETWORK_MEMBER.ADMITTED_DECISION_ID.isNotNull())
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(Messages.get("decision.link.admitted", r.value2(), r.value3())));
        dsl.select(NETWORK.TUTOR_DECISION_ID, PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.MIDDLE_NAME, NETWORK.NAME).from(NETWORK)
                .join(PERSON).on(PERSON.ID.eq(NETWORK.TUTOR_ID)).where(NETWORK.TUTOR_DECISION_ID.isNotNull())
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(Messages.get("decision.link.tutor",
                        new ru.knmc.innonet.registry.Person(null, r.value2(), r.value3(), r.value4(), null, null, null, null, null, null, 0).shortName(),
                        r.value5())));
        dsl.select(DECISION.ID, DECISION.DIRECTIONS_YEAR, LEGAL_ORDER.NUMBER, LEGAL_ORDER.ORDER_DATE).from(DECISION)
                .leftJoin(LEGAL_ORDER).on(LEGAL_ORDER.ID.eq(DECISION.DIRECTIONS_ORDER_ID))
                .where(DECISION.DIRECTIONS_YEAR.isNotNull())
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value3() == null
                        ? Messages.get("decision.link.directions", new AcademicYear(r.value2()).toString())
                        : Messages.get("decision.link.directionsOrder", new AcademicYear(r.value2()).toString(), r.value3(),
                        Dates.format(r.value4()))));
        return result;
    }
}
