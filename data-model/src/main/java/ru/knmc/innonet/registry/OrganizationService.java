package ru.knmc.innonet.registry;

import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;

/** Organizations and their persons: validated saves, archive, optimistic locking. */
public final class OrganizationService {
    private static final String ENTITY = "organization";
    private final DSLContext dsl;

    public OrganizationService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Organization> find(long id) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id)).fetchOptional(Mappers::organization);
    }

    public List<Organization> all() {
        return dsl.selectFrom(ORGANIZATION).orderBy(ORGANIZATION.SHORT_NAME).fetch(Mappers::organization);
    }

    public Organization save(Organization o) {
        return dsl.transactionResult(c -> save(c.dsl(), o));
    }

    /**
     * Checks every rule and saves inside the caller's transaction (imports run many saves in one).
     * Throws {@link ValidationException} naming the field at the first broken rule.
     */
    public static Organization save(DSLContext tx, Organization o) {
        validateFields(o);
        String number = Fields.blankToNull(o.number());
        if (number != null) {
            boolean taken = tx.fetchExists(ORGANIZATION, ORGANIZATION.ORG_TYPE.eq(o.type().name())
                    .and(ORGANIZATION.MUNICIPALITY_ID.eq(o.municipalityId()))
                    .and(ORGANIZATION.NUMBER.eq(number))
                    .and(o.id() == null ? DSL.trueCondition() : ORGANIZATION.ID.ne(o.id())));
            if (taken) {
                String municipality = tx.select(MUNICIPALITY.NAME).from(MUNICIPALITY)
                        .where(MUNICIPALITY.ID.eq(o.municipalityId())).fetchOne(MUNICIPALITY.NAME);
                throw new ValidationException("number", "validation.organization.numberTaken",
                        number, o.type().displayName(), municipality);
            }
        }
        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(ORGANIZATION.ORG_TYPE, o.type().name());
        values.put(ORGANIZATION.LEGAL_FORM, Fields.blankToNull(o.legalForm()));
        values.put(ORGANIZATION.KIND_NAME, Fields.blankToNull(o.kindName()));
        values.put(ORGANIZATION.NUMBER, number);
        values.put(ORGANIZATION.OWN_NAME, Fields.blankToNull(o.ownName()));
        values.put(ORGANIZATION.FULL_NAME, o.fullName().strip());
        values.put(ORGANIZATION.SHORT_NAME, o.shortName().strip());
        values.put(ORGANIZATION.MUNICIPALITY_ID, o.municipalityId());
        values.put(ORGANIZATION.ADDRESS, Fields.blankToNull(o.address()));
        values.put(ORGANIZATION.HEAD_NAME, Fields.blankToNull(o.headName()));
        values.put(ORGANIZATION.PHONE, Fields.blankToNull(o.phone()));
        values.put(ORGANIZATION.EMAIL, Fields.blankToNull(o.email()));
        values.put(ORGANIZATION.WEBSITE, Fields.blankToNull(o.website()));
        values.put(ORGANIZATION.ARCHIVED, o.archived());
        if (o.id() == null) {
            long id = tx.insertInto(ORGANIZATION).set(values).returning(ORGANIZATION.ID).fetchOne(ORGANIZATION.ID);
            return find(tx, id);
        }
        values.put(ORGANIZATION.VERSION, ORGANIZATION.VERSION.plus(1));
        int n = tx.update(ORGANIZATION).set(values)
                .where(ORGANIZATION.ID.eq(o.id()).and(ORGANIZATION.VERSION.eq(o.version()))).execute();
        if (n == 0) {
            throw new ConcurrentEditException(o.shortName());
        }
        return find(tx, o.id());
    }

    private static Organization find(DSLContext tx, long id) {
        return tx.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id)).fetchOne(Mappers::organization);
    }

    /** The field rules that need no database: the card runs them as the user types. */
    public static void validateFields(Organization o) {
        Fields.required(ENTITY, "type", o.type());
        Fields.maxLength(ENTITY, "shortName", Fields.required(ENTITY, "shortName", o.shortName()), 300);
        Fields.maxLength(ENTITY, "fullName", Fields.required(ENTITY, "fullName", o.fullName()), 1000);
        Fields.required(ENTITY, "municipality", o.municipalityId());
        Fields.maxLength(ENTITY, "legalForm", o.legalForm(), 40);
        Fields.maxLength(ENTITY, "ownName", o.ownName(), 200);
        Fields.maxLength(ENTITY, "address", o.address(), 500);
        Fields.maxLength(ENTITY, "headName", o.headName(), 300);
        check("number", Fields.numberProblem(o.number()));
        check("email", Fields.emailProblem(o.email()));
        check("phone", Fields.phoneProblem(o.phone()));
        check("website", Fields.websiteProblem(o.website()));
    }

    private static void check(String field, String problem) {
        if (problem != null) {
            throw new ValidationException(field, "validation.plain", problem);
        }
    }

    public Organization setArchived(Organization o, boolean archived) {
        return save(o.withArchived(archived));
    }

    // --- persons ---

    public List<Person> persons(long organizationId) {
        return dsl.selectFrom(PERSON).where(PERSON.ORGANIZATION_ID.eq(organizationId))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME).fetch(Mappers::person);
    }

    public Optional<Person> person(long id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(Mappers::person);
    }

    /** Every person by surname: the choices of the network and council screens. */
    public List<Person> allPersons() {
        return dsl.selectFrom(PERSON).orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.ID).fetch(Mappers::person);
    }

    /** Persons by id, in one query (a card's history names its supervisors). */
    public java.util.Map<Long, Person> personsById(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return dsl.selectFrom(PERSON).where(PERSON.ID.in(ids)).fetch(Mappers::person).stream()
                .collect(java.util.stream.Collectors.toMap(Person::id, p -> p));
    }

    /** Persons whose surname starts with {@code prefix}, for choosing a supervisor; at most {@code limit}. */
    public List<Person> findPersons(String prefix, int limit) {
        return dsl.selectFrom(PERSON).where(PERSON.LAST_NAME.likeIgnoreCase(prefix.strip().replace("%", "").replace("_", "") + "%"))
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME).limit(limit).fetch(Mappers::person);
    }

    /** Persons who supervise at least one status assignment, for the supervisor choice. */
    public List<Person> supervisors() {
        return dsl.selectFrom(PERSON).where(PERSON.ID.in(DSL.select(ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT.SUPERVISOR_ID)
                        .from(ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT)
                        .where(ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT.SUPERVISOR_ID.isNotNull())))
                .or(PERSON.ACADEMIC_DEGREE.isNotNull())
                .orderBy(PERSON.LAST_NAME, PERSON.FIRST_NAME).fetch(Mappers::person);
    }

    public Person savePerson(Person p) {
        String last = Fields.maxLength("person", "lastName", Fields.required("person", "lastName", p.lastName()), 100);
        Fields.maxLength("person", "firstName", p.firstName(), 100);
        Fields.maxLength("person", "middleName", p.middleName(), 100);
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
            values.put(PERSON.LAST_NAME, last);
            values.put(PERSON.FIRST_NAME, Fields.blankToNull(p.firstName()));
            values.put(PERSON.MIDDLE_NAME, Fields.blankToNull(p.middleName()));
            values.put(PERSON.POSITION, Fields.blankToNull(p.position()));
            values.put(PERSON.ORGANIZATION_ID, p.organizationId());
            values.put(PERSON.ACADEMIC_DEGREE, Fields.blankToNull(p.academicDegree()));
            values.put(PERSON.ACADEMIC_TITLE, Fields.blankToNull(p.academicTitle()));
            values.put(PERSON.EMAIL, Fields.blankToNull(p.email()));
            values.put(PERSON.PHONE, Fields.blankToNull(p.phone()));
            long id;
            if (p.id() == null) {
                id = tx.insertInto(PERSON).set(values).returning(PERSON.ID).fetchOne(PERSON.ID);
            } else {
                values.put(PERSON.VERSION, PERSON.VERSION.plus(1));
                int n = tx.update(PERSON).set(values).where(PERSON.ID.eq(p.id()).and(PERSON.VERSION.eq(p.version()))).execute();
                if (n == 0) {
                    throw new ConcurrentEditException(p.fullName());
                }
                id = p.id();
            }
            return tx.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOne(Mappers::person);
        });
    }
}
