package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.UserException;

/**
 * The order of presentations at the public defense, per subsystem: the applications admitted to it
 * (accepted or decided), by their place; those without a place yet follow by registration number.
 */
public final class DefenseService {
    private final DSLContext dsl;

    public DefenseService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A presentation: the application and its place in its subsystem's order (null: not set yet). */
    public record Slot(long applicationId, int regNumber, String organization, Subsystem subsystem, String topic,
                       Integer position) {
    }

    public List<Slot> order(long contestId) {
        return dsl.select(APPLICATION.ID, APPLICATION.REG_NUMBER, ORGANIZATION.SHORT_NAME, APPLICATION.SUBSYSTEM,
                        APPLICATION.TOPIC, APPLICATION.DEFENSE_POSITION)
                .from(APPLICATION).join(ORGANIZATION).on(ORGANIZATION.ID.eq(APPLICATION.ORGANIZATION_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId).and(APPLICATION.APP_STATUS.in(
                        ApplicationStatus.ACCEPTED.name(), ApplicationStatus.DECIDED.name())))
                .orderBy(APPLICATION.SUBSYSTEM, APPLICATION.DEFENSE_POSITION.asc().nullsLast(), APPLICATION.REG_NUMBER)
                .fetch(r -> new Slot(r.value1(), r.value2(), r.value3(), Subsystem.valueOf(r.value4()), r.value5(),
                        r.value6()))
                .stream().sorted(java.util.Comparator.comparing(Slot::subsystem)).toList();
    }

    public List<Slot> order(long contestId, Subsystem subsystem) {
        return order(contestId).stream().filter(s -> s.subsystem() == subsystem).toList();
    }

    /**
     * Sets the order of a subsystem's presentations: {@code applicationIds} in their new order get the
     * places 1, 2, 3 …, in one transaction. The list must hold exactly the subsystem's presentations.
     */
    public void reorder(long contestId, Subsystem subsystem, List<Long> applicationIds) {
        dsl.transaction(t -> {
            DSLContext tx = t.dsl();
            Set<Long> expected = new HashSet<>(new DefenseService(tx).order(contestId, subsystem).stream()
                    .map(Slot::applicationId).toList());
            if (!expected.equals(new HashSet<>(applicationIds)) || applicationIds.size() != expected.size()) {
                throw new UserException("contest.defense.stale");
            }
            int position = 0;
            for (long id : applicationIds) {
                tx.update(APPLICATION).set(APPLICATION.DEFENSE_POSITION, ++position)
                        .set(APPLICATION.VERSION, APPLICATION.VERSION.plus(1)).where(APPLICATION.ID.eq(id)).execute();
            }
        });
    }
}
