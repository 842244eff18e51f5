package ru.knmc.innonet.network;

import static ru.knmc.innonet.db.jooq.Tables.NETWORK;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK_TASK_MARK;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;

/** The centre's twelve tasks per network and academic year, computed from the data or ticked by hand. */
public final class NetworkChecklist {
    /** Tasks the data cannot tell: 9 published on the site, 11 monitoring tools, 12 events and products published. */
    public static final Set<Integer> BY_HAND = Set.of(9, 11, 12);
    private final DSLContext dsl;
    private final Clock clock;

    public NetworkChecklist(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public List<TaskState> checklist(long networkId, AcademicYear year) {
        Network n = NetworkService.read(dsl, networkId).orElseThrow();
        return compute(n, year, marks(networkId, year));
    }

    /** Every network working in {@code year} against the twelve tasks: the screen «at a glance». */
    public List<ChecklistRow> overview(AcademicYear year) {
        List<ChecklistRow> rows = new ArrayList<>();
        var networks = dsl.select(NETWORK.ID, NETWORK.NAME, ORGANIZATION.SHORT_NAME).from(NETWORK)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(NETWORK.CENTRE_ID))
                .where(NETWORK.START_DATE.le(year.end()).and(NETWORK.END_DATE.isNull().or(NETWORK.END_DATE.ge(year.start()))))
                .orderBy(NETWORK.NAME).fetch();
        for (var r : networks) {
            Network n = NetworkService.read(dsl, r.value1()).orElseThrow();
            rows.add(new ChecklistRow(r.value1(), r.value2(), r.value3(), compute(n, year, marks(r.value1(), year))));
        }
        return rows;
    }

    public void mark(long networkId, AcademicYear year, int task, LocalDate doneOn, String note) {
        if (!BY_HAND.contains(task)) {
            throw new ValidationException("task", "validation.network.taskComputed", task);
        }
        if (doneOn == null) {
            throw new ValidationException("doneOn", "validation.network.taskDate");
        }
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.deleteFrom(NETWORK_TASK_MARK).where(NETWORK_TASK_MARK.NETWORK_ID.eq(networkId)
                    .and(NETWORK_TASK_MARK.ACADEMIC_YEAR.eq(year.startYear())).and(NETWORK_TASK_MARK.TASK_NO.eq(task))).execute();
            tx.insertInto(NETWORK_TASK_MARK).set(NETWORK_TASK_MARK.NETWORK_ID, networkId)
                    .set(NETWORK_TASK_MARK.ACADEMIC_YEAR, year.startYear()).set(NETWORK_TASK_MARK.TASK_NO, task)
                    .set(NETWORK_TASK_MARK.DONE_ON, doneOn).set(NETWORK_TASK_MARK.NOTE, note).execute();
        });
    }

    public void unmark(long networkId, AcademicYear year, int task) {
        dsl.transaction(c -> c.dsl().deleteFrom(NETWORK_TASK_MARK).where(NETWORK_TASK_MARK.NETWORK_ID.eq(networkId)
                .and(NETWORK_TASK_MARK.ACADEMIC_YEAR.eq(year.startYear())).and(NETWORK_TASK_MARK.TASK_NO.eq(task))).execute());
    }

    private Map<Integer, LocalDate> marks(long networkId, AcademicYear year) {
        Map<Integer, LocalDate> result = new HashMap<>();
        dsl.selectFrom(NETWORK_TASK_MARK).where(NETWORK_TASK_MARK.NETWORK_ID.eq(networkId)
                .and(NETWORK_TASK_MARK.ACADEMIC_YEAR.eq(year.startYear())))
                .forEach(m -> result.put(m.getTaskNo(), m.getDoneOn()));
        return result;
    }

    /** The day the year is judged on: today while the year runs, its first or last day otherwise. */
    LocalDate referenceDate(AcademicYear year) {
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(year.start())) {
            return year.start();
        }
        return today.isAfter(year.end()) ? year.end() : today;
    }

    private List<TaskState> compute(Network n, AcademicYear year, Map<Integer, LocalDate> marks) {
        LocalDate day = referenceDate(year);
        List<NetworkMember> active = n.members().stream().filter(m -> m.activeOn(day)).toList();
        List<NetworkMember> partners = active.stream().filter(m -> m.level() != MemberLevel.CENTRE).toList();
        List<TaskState> tasks = new ArrayList<>();
        long level2 = partners.stream().filter(m -> m.level() == MemberLevel.PARTNER).count();
        long level3 = partners.size() - level2;
        tasks.add(data(1, !partners.isEmpty(), Messages.get("network.task.detail.levels", level2, level3)));
        int unbound = NetworkRules.agreementWarnings(n, day).size();
        tasks.add(data(2, !partners.isEmpty() && unbound == 0, unbound == 0 ? "" : Messages.get("network.task.detail.unbound", unbound)));
        Set<Long> represented = new HashSet<>();
        n.team().forEach(t -> represented.add(t.organizationId()));
        long withoutTeam = active.stream().filter(m -> !represented.contains(m.organizationId())).count();
        tasks.add(data(3, !active.isEmpty() && withoutTeam == 0,
                withoutTeam == 0 ? "" : Messages.get("network.task.detail.noRepresentative", withoutTeam)));
        tasks.add(data(4, n.tutorId() != null, n.tutorId() == null ? ""
                : Messages.get(n.tutorDecisionId() == null ? "network.task.detail.tutorNotApproved" : "network.task.detail.tutorApproved")));
        List<RoadmapItem> roadmap = n.roadmap().stream().filter(r -> r.year().equals(year)).toList();
        tasks.add(data(5, !roadmap.isEmpty(), Messages.get("network.task.detail.roadmapItems", roadmap.size())));
        tasks.add(data(6, n.methodistId() != null, ""));
        boolean department = n.agreements().stream().anyMatch(a -> a.withDepartment() && !a.signedOn().isAfter(year.end())
                && (a.validTo() == null || !a.validTo().isBefore(year.start())));
        tasks.add(data(7, department, ""));
        tasks.add(data(8, partners.stream().anyMatch(NetworkMember::lowRating), ""));
        tasks.add(hand(9, marks));
        long planned = roadmap.stream().filter(r -> r.status() != RoadmapStatus.CANCELLED).count();
        long done = roadmap.stream().filter(r -> r.status() == RoadmapStatus.DONE).count();
        tasks.add(data(10, planned > 0 && done == planned, planned == 0 ? ""
                : Messages.get("network.task.detail.roadmapDone", done, planned, Math.round(100.0 * done / planned))));
        tasks.add(hand(11, marks));
        tasks.add(hand(12, marks));
        return tasks;
    }

    private static TaskState data(int number, boolean done, String detail) {
        return new TaskState(number, false, done, detail, null);
    }

    private static TaskState hand(int number, Map<Integer, LocalDate> marks) {
        LocalDate on = marks.get(number);
        return new TaskState(number, true, on != null, on == null ? "" : Messages.get("network.task.detail.marked",
                ru.knmc.innonet.common.Dates.format(on)), on);
    }
}
