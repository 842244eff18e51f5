package ru.knmc.innonet.registry;

import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.ValidationException;

/**
 * Assigning, extending and ending statuses. Rules: a status needs an order; the end is not before the
 * start; one organization never holds two overlapping assignments of the same kind.
 */
public final class StatusService {
    private static final String ENTITY = "status";
    private final DSLContext dsl;

    public StatusService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<StatusAssignment> history(long organizationId) {
        return dsl.selectFrom(STATUS_ASSIGNMENT).where(STATUS_ASSIGNMENT.ORGANIZATION_ID.eq(organizationId))
                .orderBy(STATUS_ASSIGNMENT.START_DATE.desc(), STATUS_ASSIGNMENT.ID.desc()).fetch(Mappers::assignment);
    }

    public Optional<StatusAssignment> find(long id) {
        return dsl.selectFrom(STATUS_ASSIGNMENT).where(STATUS_ASSIGNMENT.ID.eq(id)).fetchOptional(Mappers::assignment);
    }

    /** Saves a new or edited assignment after checking every rule. */
    public StatusAssignment save(StatusAssignment a) {
        return dsl.transactionResult(c -> save(c.dsl(), a));
    }

    public static StatusAssignment save(DSLContext tx, StatusAssignment a) {
        validate(tx, a);
        var values = new java.util.LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(STATUS_ASSIGNMENT.ORGANIZATION_ID, a.organizationId());
        values.put(STATUS_ASSIGNMENT.STATUS_KIND_ID, a.statusKindId());
        values.put(STATUS_ASSIGNMENT.PROJECT_TOPIC, Fields.blankToNull(a.projectTopic()));
        values.put(STATUS_ASSIGNMENT.DIRECTION_ID, a.directionId());
        values.put(STATUS_ASSIGNMENT.START_DATE, a.startDate());
        values.put(STATUS_ASSIGNMENT.END_DATE, a.endDate());
        values.put(STATUS_ASSIGNMENT.ORDER_ID, a.orderId());
        values.put(STATUS_ASSIGNMENT.END_ORDER_ID, a.endOrderId());
        values.put(STATUS_ASSIGNMENT.SUPERVISOR_ID, a.supervisorId());
        values.put(STATUS_ASSIGNMENT.OUTCOME, (a.outcome() == null ? Outcome.ACTIVE : a.outcome()).name());
        values.put(STATUS_ASSIGNMENT.NOTE, Fields.blankToNull(a.note()));
        long id;
        if (a.id() == null) {
            id = tx.insertInto(STATUS_ASSIGNMENT).set(values).returning(STATUS_ASSIGNMENT.ID).fetchOne(STATUS_ASSIGNMENT.ID);
        } else {
            values.put(STATUS_ASSIGNMENT.VERSION, STATUS_ASSIGNMENT.VERSION.plus(1));
            int n = tx.update(STATUS_ASSIGNMENT).set(values)
                    .where(STATUS_ASSIGNMENT.ID.eq(a.id()).and(STATUS_ASSIGNMENT.VERSION.eq(a.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Fields.label(ENTITY, "assignment"));
            }
            id = a.id();
        }
        return tx.selectFrom(STATUS_ASSIGNMENT).where(STATUS_ASSIGNMENT.ID.eq(id)).fetchOne(Mappers::assignment);
    }

    static void validate(DSLContext tx, StatusAssignment a) {
        Fields.required(ENTITY, "kind", a.statusKindId() == 0 ? null : a.statusKindId());
        Fields.required(ENTITY, "startDate", a.startDate());
        if (a.orderId() == null) {
            throw new ValidationException("orderId", "validation.status.orderRequired", Fields.label(ENTITY, "orderId"));
        }
        if (!tx.fetchExists(LEGAL_ORDER, LEGAL_ORDER.ID.eq(a.orderId()))) {
            throw new ValidationException("orderId", "validation.status.orderMissing", Fields.label(ENTITY, "orderId"));
        }
        if (a.endDate() != null && a.endDate().isBefore(a.startDate())) {
            throw new ValidationException("endDate", "validation.status.endBeforeStart", Fields.label(ENTITY, "endDate"),
                    Dates.format(a.endDate()), Dates.format(a.startDate()));
        }
        Fields.maxLength(ENTITY, "projectTopic", a.projectTopic(), 2000);
        LocalDate end = a.endDate() == null ? LocalDate.of(9999, 12, 31) : a.endDate();
        var overlapping = tx.select(STATUS_ASSIGNMENT.START_DATE, STATUS_ASSIGNMENT.END_DATE, STATUS_KIND.SHORT_NAME)
                .from(STATUS_ASSIGNMENT).join(STATUS_KIND).on(STATUS_KIND.ID.eq(STATUS_ASSIGNMENT.STATUS_KIND_ID))
                .where(STATUS_ASSIGNMENT.ORGANIZATION_ID.eq(a.organizationId())
                        .and(STATUS_ASSIGNMENT.STATUS_KIND_ID.eq(a.statusKindId()))
                        .and(a.id() == null ? DSL.trueCondition() : STATUS_ASSIGNMENT.ID.ne(a.id()))
                        .and(STATUS_ASSIGNMENT.START_DATE.le(end))
                        .and(STATUS_ASSIGNMENT.END_DATE.isNull().or(STATUS_ASSIGNMENT.END_DATE.ge(a.startDate()))))
                .orderBy(STATUS_ASSIGNMENT.START_DATE).limit(1).fetchOptional();
        if (overlapping.isPresent()) {
            var r = overlapping.get();
            String to = r.value2() == null ? Fields.label(ENTITY, "openEnd") : Dates.format(r.value2());
            throw new ValidationException("startDate", "validation.status.overlap", r.value3(),
                    Dates.format(r.value1()), to);
        }
    }

    /** Deletes an assignment entered by mistake; refused when someone changed it meanwhile. */
    public void delete(StatusAssignment a) {
        dsl.transaction(c -> {
            int n = c.dsl().deleteFrom(STATUS_ASSIGNMENT)
                    .where(STATUS_ASSIGNMENT.ID.eq(a.id()).and(STATUS_ASSIGNMENT.VERSION.eq(a.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Fields.label(ENTITY, "assignment"));
            }
        });
    }

    /**
     * Extends an assignment by a new order: the old period stays in the history as «продлён», a new
     * assignment with the same kind, topic, direction and supervisor continues it to {@code newEnd}.
     */
    public StatusAssignment extend(StatusAssignment current, LocalDate newEnd, Long orderId) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (orderId == null) {
                throw new ValidationException("orderId", "validation.status.orderRequired", Fields.label(ENTITY, "orderId"));
            }
            Fields.required(ENTITY, "endDate", newEnd);
            LocalDate oldEnd = current.endDate();
            if (oldEnd == null) {
                throw new ValidationException("endDate", "validation.status.extendOpen");
            }
            if (!newEnd.isAfter(oldEnd)) {
                throw new ValidationException("endDate", "validation.status.extendNotLater",
                        Fields.label(ENTITY, "endDate"), Dates.format(oldEnd));
            }
            save(tx, new StatusAssignment(current.id(), current.organizationId(), current.statusKindId(),
                    current.projectTopic(), current.directionId(), current.startDate(), oldEnd, current.orderId(),
                    orderId, current.supervisorId(), Outcome.EXTENDED, current.note(), current.version()));
            return save(tx, new StatusAssignment(null, current.organizationId(), current.statusKindId(),
                    current.projectTopic(), current.directionId(), oldEnd.plusDays(1), newEnd, orderId, null,
                    current.supervisorId(), Outcome.ACTIVE, null, 0));
        });
    }

    /** Ends an assignment on {@code endDate} as completed or ended early, by an order. */
    public StatusAssignment end(StatusAssignment current, LocalDate endDate, Outcome outcome, Long orderId) {
        if (outcome != Outcome.COMPLETED && outcome != Outcome.ENDED_EARLY) {
            throw new ValidationException("outcome", "validation.required", Fields.label(ENTITY, "outcome"));
        }
        if (orderId == null) {
            throw new ValidationException("orderId", "validation.status.orderRequired", Fields.label(ENTITY, "orderId"));
        }
        Fields.required(ENTITY, "endDate", endDate);
        return dsl.transactionResult(c -> save(c.dsl(), new StatusAssignment(current.id(), current.organizationId(),
                current.statusKindId(), current.projectTopic(), current.directionId(), current.startDate(), endDate,
                current.orderId(), orderId, current.supervisorId(), outcome, current.note(), current.version())));
    }
}
