package ru.knmc.innonet.registry;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import org.jooq.Record;
import ru.knmc.innonet.common.AcademicYear;

/** Rows of the generated tables to domain records; the one place that knows both. */
final class Mappers {
    private Mappers() {
    }

    static Municipality municipality(Record r) {
        return new Municipality(r.get(MUNICIPALITY.ID), r.get(MUNICIPALITY.NAME), r.get(MUNICIPALITY.REGION),
                r.get(MUNICIPALITY.VERSION));
    }

    static StatusKind statusKind(Record r) {
        return new StatusKind(r.get(STATUS_KIND.ID), r.get(STATUS_KIND.CODE), r.get(STATUS_KIND.SHORT_NAME),
                r.get(STATUS_KIND.FULL_NAME), StatusLevel.valueOf(r.get(STATUS_KIND.STATUS_LEVEL)),
                r.get(STATUS_KIND.SORT_ORDER), r.get(STATUS_KIND.VERSION));
    }

    static LegalOrder order(Record r) {
        return new LegalOrder(r.get(LEGAL_ORDER.ID), r.get(LEGAL_ORDER.NUMBER), r.get(LEGAL_ORDER.ORDER_DATE),
                r.get(LEGAL_ORDER.ISSUER), IssuerLevel.valueOf(r.get(LEGAL_ORDER.ISSUER_LEVEL)),
                r.get(LEGAL_ORDER.TITLE), r.get(LEGAL_ORDER.LINK), r.get(LEGAL_ORDER.VERSION));
    }

    static Direction direction(Record r) {
        return new Direction(r.get(DIRECTION.ID), new AcademicYear(r.get(DIRECTION.ACADEMIC_YEAR)),
                Audience.valueOf(r.get(DIRECTION.AUDIENCE)), r.get(DIRECTION.TITLE), r.get(DIRECTION.SORT_ORDER),
                r.get(DIRECTION.ORDER_ID), r.get(DIRECTION.VERSION));
    }

    static Person person(Record r) {
        return new Person(r.get(PERSON.ID), r.get(PERSON.LAST_NAME), r.get(PERSON.FIRST_NAME),
                r.get(PERSON.MIDDLE_NAME), r.get(PERSON.POSITION), r.get(PERSON.ORGANIZATION_ID),
                r.get(PERSON.ACADEMIC_DEGREE), r.get(PERSON.ACADEMIC_TITLE), r.get(PERSON.EMAIL),
                r.get(PERSON.PHONE), r.get(PERSON.VERSION));
    }

    static Organization organization(Record r) {
        return new Organization(r.get(ORGANIZATION.ID), OrgType.valueOf(r.get(ORGANIZATION.ORG_TYPE)),
                r.get(ORGANIZATION.LEGAL_FORM), r.get(ORGANIZATION.KIND_NAME), r.get(ORGANIZATION.NUMBER),
                r.get(ORGANIZATION.OWN_NAME), r.get(ORGANIZATION.FULL_NAME), r.get(ORGANIZATION.SHORT_NAME),
                r.get(ORGANIZATION.MUNICIPALITY_ID), r.get(ORGANIZATION.ADDRESS), r.get(ORGANIZATION.HEAD_NAME),
                r.get(ORGANIZATION.PHONE), r.get(ORGANIZATION.EMAIL), r.get(ORGANIZATION.WEBSITE),
                r.get(ORGANIZATION.ARCHIVED), r.get(ORGANIZATION.VERSION));
    }

    static StatusAssignment assignment(Record r) {
        return new StatusAssignment(r.get(STATUS_ASSIGNMENT.ID), r.get(STATUS_ASSIGNMENT.ORGANIZATION_ID),
                r.get(STATUS_ASSIGNMENT.STATUS_KIND_ID), r.get(STATUS_ASSIGNMENT.PROJECT_TOPIC),
                r.get(STATUS_ASSIGNMENT.DIRECTION_ID), r.get(STATUS_ASSIGNMENT.START_DATE),
                r.get(STATUS_ASSIGNMENT.END_DATE), r.get(STATUS_ASSIGNMENT.ORDER_ID),
                r.get(STATUS_ASSIGNMENT.END_ORDER_ID), r.get(STATUS_ASSIGNMENT.SUPERVISOR_ID),
                Outcome.valueOf(r.get(STATUS_ASSIGNMENT.OUTCOME)), r.get(STATUS_ASSIGNMENT.NOTE),
                r.get(STATUS_ASSIGNMENT.VERSION));
    }
}
