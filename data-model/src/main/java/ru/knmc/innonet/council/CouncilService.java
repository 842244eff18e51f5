package ru.knmc.innonet.council;

import static ru.knmc.innonet.db.jooq.Tables.COUNCIL_COMPOSITION;
import static ru.knmc.innonet.db.jooq.Tables.COUNCIL_MEMBER;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/** The council's composition per academic year; a new year starts from a copy of the last. */
public final class CouncilService {
    private final DSLContext dsl;

    public CouncilService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AcademicYear> years() {
        return dsl.select(COUNCIL_COMPOSITION.ACADEMIC_YEAR).from(COUNCIL_COMPOSITION).orderBy(COUNCIL_COMPOSITION.ACADEMIC_YEAR.desc())
                .fetch(r -> new AcademicYear(r.value1()));
    }

    public Optional<Composition> composition(AcademicYear year) {
        return read(dsl, year);
    }

    static Optional<Composition> read(DSLContext tx, AcademicYear year) {
        var c = tx.selectFrom(COUNCIL_COMPOSITION).where(COUNCIL_COMPOSITION.ACADEMIC_YEAR.eq(year.startYear())).fetchOne();
        if (c == null) {
            return Optional.empty();
        }
        List<CouncilMember> members = tx.selectFrom(COUNCIL_MEMBER).where(COUNCIL_MEMBER.COMPOSITION_ID.eq(c.getId()))
                .orderBy(COUNCIL_MEMBER.SORT_ORDER, COUNCIL_MEMBER.ID)
                .fetch(m -> new CouncilMember(m.getPersonId(), CouncilRole.valueOf(m.getCouncilRole()), m.getOrganizationId()));
        return Optional.of(new Composition(c.getId(), year, c.getOrderId(), members, c.getVersion()));
    }

    public Composition save(Composition c) {
        return dsl.transactionResult(cfg -> save(cfg.dsl(), c));
    }

    public static Composition save(DSLContext tx, Composition c) {
        validate(c);
        long id;
        if (c.id() == null) {
            if (tx.fetchExists(COUNCIL_COMPOSITION, COUNCIL_COMPOSITION.ACADEMIC_YEAR.eq(c.year().startYear()))) {
                throw new ValidationException("year", "validation.council.yearExists", c.year().toString());
            }
            id = tx.insertInto(COUNCIL_COMPOSITION).set(COUNCIL_COMPOSITION.ACADEMIC_YEAR, c.year().startYear())
                    .set(COUNCIL_COMPOSITION.ORDER_ID, c.orderId()).returning(COUNCIL_COMPOSITION.ID).fetchOne(COUNCIL_COMPOSITION.ID);
        } else {
            int n = tx.update(COUNCIL_COMPOSITION).set(COUNCIL_COMPOSITION.ORDER_ID, c.orderId())
                    .set(COUNCIL_COMPOSITION.VERSION, COUNCIL_COMPOSITION.VERSION.plus(1))
                    .where(COUNCIL_COMPOSITION.ID.eq(c.id()).and(COUNCIL_COMPOSITION.VERSION.eq(c.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("council.composition.title", c.year().toString()));
            }
            id = c.id();
            tx.deleteFrom(COUNCIL_MEMBER).where(COUNCIL_MEMBER.COMPOSITION_ID.eq(id)).execute();
        }
        int order = 0;
        for (CouncilMember m : c.members()) {
            tx.insertInto(COUNCIL_MEMBER).set(COUNCIL_MEMBER.COMPOSITION_ID, id).set(COUNCIL_MEMBER.PERSON_ID, m.personId())
                    .set(COUNCIL_MEMBER.COUNCIL_ROLE, m.role().name()).set(COUNCIL_MEMBER.ORGANIZATION_ID, m.organizationId())
                    .set(COUNCIL_MEMBER.SORT_ORDER, ++order).execute();
        }
        return read(tx, c.year()).orElseThrow();
    }

    static void validate(Composition c) {
        if (c.year() == null) {
            throw new ValidationException("year", "validation.required", Messages.get("field.council.year"));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < c.members().size(); i++) {
            CouncilMember m = c.members().get(i);
            if (m.role() == null) {
                throw new ValidationException("members", "validation.council.memberRole", i + 1);
            }
            if (!seen.add(m.personId())) {
                throw new ValidationException("members", "validation.council.memberTwice", i + 1);
            }
        }
        if (c.members().stream().filter(m -> m.role() == CouncilRole.CHAIR).count() > 1) {
            throw new ValidationException("members", "validation.council.oneChair");
        }
        if (c.members().stream().filter(m -> m.role() == CouncilRole.SECRETARY).count() > 1) {
            throw new ValidationException("members", "validation.council.oneSecretary");
        }
    }

    /**
     * Starts the composition of {@code year} as a copy of the latest earlier one (same persons, roles and
     * organizations, no order yet); refused when the year has one or there is nothing to copy.
     */
    public Composition copyLast(AcademicYear year) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Integer last = tx.select(COUNCIL_COMPOSITION.ACADEMIC_YEAR).from(COUNCIL_COMPOSITION)
                    .where(COUNCIL_COMPOSITION.ACADEMIC_YEAR.lt(year.startYear()))
                    .orderBy(COUNCIL_COMPOSITION.ACADEMIC_YEAR.desc()).limit(1).fetchOne(COUNCIL_COMPOSITION.ACADEMIC_YEAR);
            if (last == null) {
                throw new ValidationException("year", "validation.council.nothingToCopy", year.toString());
            }
            Composition from = read(tx, new AcademicYear(last)).orElseThrow();
            return save(tx, new Composition(null, year, null, from.members(), 0));
        });
    }
}
