package ru.knmc.innonet.demo;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;
import static ru.knmc.innonet.demo.Bulk.fields;
import static ru.knmc.innonet.demo.Bulk.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Audience;
import ru.knmc.innonet.registry.IssuerLevel;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Outcome;

/**
 * The krai's orders, directions and status assignments. Every assignment has the order of its issuer
 * and year; assignments of one kind never overlap for one organization, as the registry's rules demand.
 */
final class KraiStatuses {
    /** Status kinds: code, weight, years, issuer (F federal, R regional, M municipal), has direction, has supervisor. */
    private record Kind(String code, int weight, int years, char issuer, boolean direction, boolean supervised) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("MIP", 30, 3, 'M', true, true), new Kind("MSIP", 14, 2, 'M', true, true),
            new Kind("KIP", 14, 3, 'R', false, true), new Kind("PILOT", 10, 2, 'M', true, false),
            new Kind("PARTNER", 10, 3, 'M', false, false), new Kind("MSIP_CANDIDATE", 6, 1, 'M', true, false),
            new Kind("INTERN", 4, 2, 'R', false, false), new Kind("PPO", 4, 2, 'R', false, false),
            new Kind("KRC", 3, 3, 'R', false, false), new Kind("LSV", 2, 2, 'R', false, false),
            new Kind("FIP", 3, 5, 'F', false, true));
    /** The day the generated registry is "as of": statuses ending before it are completed. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final int YEARS = KraiGenerator.LAST_YEAR - KraiGenerator.FIRST_YEAR + 1;

    private final DSLContext tx;
    private final KraiVocabulary words;
    private final Random rnd;
    private final List<KraiVocabulary.Place> places;
    private final List<Long> placeIds;
    /** [year][issuer slot]: slot 0 federal, 1 regional, 2 + place municipal. */
    private final long[][] orderIds;
    private final LocalDate[][] orderDates;
    private final Map<String, List<Long>> directions = new HashMap<>();

    KraiStatuses(DSLContext tx, KraiVocabulary words, Random rnd, List<KraiVocabulary.Place> places, List<Long> placeIds) {
        this.tx = tx;
        this.words = words;
        this.rnd = rnd;
        this.places = places;
        this.placeIds = placeIds;
        this.orderIds = new long[YEARS][places.size() + 2];
        this.orderDates = new LocalDate[YEARS][places.size() + 2];
    }

    /** One federal, one regional and one order per municipality each year; six directions a year. */
    int ordersAndDirections() {
        List<Object[]> rows = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            int year = KraiGenerator.FIRST_YEAR + y;
            String academic = String.valueOf(year);
            String next = String.valueOf(year + 1);
            for (int slot = 0; slot < places.size() + 2; slot++) {
                LocalDate date = slot == 0 ? LocalDate.of(year, 6, 1 + rnd.nextInt(28))
                        : LocalDate.of(year, 8, 10 + rnd.nextInt(20));
                orderDates[y][slot] = date;
                String issuer;
                String title;
                IssuerLevel level;
                if (slot == 0) {
                    issuer = words.text("federal.issuer");
                    title = words.text("federal.title");
                    level = IssuerLevel.FEDERAL;
                } else if (slot == 1) {
                    issuer = words.text("regional.issuer");
                    title = words.text("regional.title");
                    level = IssuerLevel.REGIONAL;
                } else {
                    KraiVocabulary.Place p = places.get(slot - 2);
                    issuer = words.text(p.city() ? "municipal.issuer.city" : "municipal.issuer.district", p.name());
                    title = words.text("municipal.title", academic, next);
                    level = IssuerLevel.LOCAL;
                }
                rows.add(row(String.valueOf(100 + rnd.nextInt(5_900)), date, issuer, level.name(), title));
            }
        }
        List<Long> ids = Bulk.insertReturningIds(tx, LEGAL_ORDER, fields(LEGAL_ORDER.NUMBER, LEGAL_ORDER.ORDER_DATE,
                LEGAL_ORDER.ISSUER, LEGAL_ORDER.ISSUER_LEVEL, LEGAL_ORDER.TITLE), rows, LEGAL_ORDER.ID, LEGAL_ORDER.ISSUER);
        for (int i = 0; i < ids.size(); i++) {
            orderIds[i / (places.size() + 2)][i % (places.size() + 2)] = ids.get(i);
        }
        directions();
        return ids.size();
    }

    private void directions() {
        List<Object[]> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            int sort = 1;
            for (Audience a : List.of(Audience.ALL, Audience.ALL, Audience.ALL, Audience.PRESCHOOL, Audience.GENERAL,
                    Audience.ADDITIONAL)) {
                List<KraiVocabulary.Direction> fit = words.directions.stream().filter(d -> d.audience() == a).toList();
                String title = fit.get((y + sort * 3) % fit.size()).title();
                rows.add(row(KraiGenerator.FIRST_YEAR + y, a.name(), title, sort++, orderIds[y][1]));
                keys.add(y + ":" + a.name());
            }
        }
        List<Long> ids = Bulk.insertReturningIds(tx, DIRECTION, fields(DIRECTION.ACADEMIC_YEAR, DIRECTION.AUDIENCE,
                DIRECTION.TITLE, DIRECTION.SORT_ORDER, DIRECTION.ORDER_ID), rows, DIRECTION.ID, DIRECTION.TITLE);
        for (int i = 0; i < ids.size(); i++) {
            directions.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(ids.get(i));
        }
    }

    /** Up to {@code target} assignments; innovative organizations hold many, most hold a few or none. */
    int assignments(List<KraiGenerator.Org> allOrgs, int target, ProgressListener progress) {
        List<KraiGenerator.Org> orgs = new ArrayList<>(allOrgs.stream().filter(o -> o.type.isEducational()).toList());
        Collections.shuffle(orgs, rnd);
        Supervisors supervisors = new Supervisors(allOrgs);
        Map<String, Long> kindIds = new HashMap<>();
        tx.selectFrom(STATUS_KIND).forEach(k -> kindIds.put(k.getCode(), k.getId()));
        long[] nextFree = new long[orgs.size() * KINDS.size()];
        Arrays.fill(nextFree, Long.MIN_VALUE);
        List<Object[]> rows = new ArrayList<>(target);
        for (int attempts = 0; rows.size() < target && attempts < target * 20 && !orgs.isEmpty(); attempts++) {
            int k = KINDS.indexOf(KraiVocabulary.weighted(rnd, KINDS, Kind::weight));
            Kind kind = KINDS.get(k);
            int o = (int) (orgs.size() * Math.pow(rnd.nextDouble(), 1.6));
            KraiGenerator.Org org = orgs.get(o);
            int slot = kind.issuer() == 'F' ? 0 : kind.issuer() == 'R' ? 1 : 2 + org.place;
            int y = rnd.nextInt(YEARS);
            while (y < YEARS && orderDates[y][slot].toEpochDay() < nextFree[o * KINDS.size() + k]) {
                y++;
            }
            if (y == YEARS) {
                continue;
            }
            int year = KraiGenerator.FIRST_YEAR + y;
            LocalDate start = orderDates[y][slot];
            int years = Math.max(1, kind.years() + rnd.nextInt(3) - 1);
            LocalDate end = kind.code().equals("PARTNER") && rnd.nextInt(6) == 0 ? null : LocalDate.of(year + years, 8, 31);
            nextFree[o * KINDS.size() + k] = end == null ? Long.MAX_VALUE : end.toEpochDay() + 1;
            Outcome outcome = end == null || !end.isBefore(AS_OF) ? Outcome.ACTIVE
                    : rnd.nextInt(20) == 0 ? Outcome.ENDED_EARLY : Outcome.COMPLETED;
            Long direction = null;
            if (kind.direction()) {
                List<Long> fit = new ArrayList<>(directions.get(y + ":" + Audience.ALL.name()));
                fit.addAll(directions.getOrDefault(y + ":" + org.type.name(), List.of()));
                direction = fit.get(rnd.nextInt(fit.size()));
            }
            Long supervisor = kind.supervised() && rnd.nextInt(100) < 85 ? supervisors.pick(org) : null;
            String topic = kind.code().equals("PARTNER") ? null : words.topic(rnd, org.type);
            rows.add(row(org.id, kindIds.get(kind.code()), topic, direction, start, end, orderIds[y][slot], supervisor,
                    outcome.name()));
            if (rows.size() % 5_000 == 0) {
                progress.progress(0.65 + 0.3 * rows.size() / target, Messages.get("demo.krai.progress.statuses",
                        String.valueOf(rows.size()), String.valueOf(target)));
            }
        }
        Bulk.insert(tx, STATUS_ASSIGNMENT, fields(STATUS_ASSIGNMENT.ORGANIZATION_ID, STATUS_ASSIGNMENT.STATUS_KIND_ID,
                STATUS_ASSIGNMENT.PROJECT_TOPIC, STATUS_ASSIGNMENT.DIRECTION_ID, STATUS_ASSIGNMENT.START_DATE,
                STATUS_ASSIGNMENT.END_DATE, STATUS_ASSIGNMENT.ORDER_ID, STATUS_ASSIGNMENT.SUPERVISOR_ID,
                STATUS_ASSIGNMENT.OUTCOME), rows);
        return rows.size();
    }

    /** Persons with a degree: mostly university staff by the university's weight, some teachers of the place. */
    private final class Supervisors {
        private final Map<Long, List<Long>> byOrg = new HashMap<>();
        private final List<KraiGenerator.Org> universities;
        private final Map<Integer, List<Long>> teachersByPlace = new HashMap<>();

        Supervisors(List<KraiGenerator.Org> orgs) {
            Map<Long, KraiGenerator.Org> byId = new HashMap<>();
            orgs.forEach(o -> byId.put(o.id, o));
            tx.select(PERSON.ID, PERSON.ORGANIZATION_ID).from(PERSON).where(PERSON.ACADEMIC_DEGREE.isNotNull())
                    .orderBy(PERSON.ID).forEach(r -> {
                        KraiGenerator.Org o = byId.get(r.value2());
                        byOrg.computeIfAbsent(r.value2(), x -> new ArrayList<>()).add(r.value1());
                        if (o != null && o.type != OrgType.UNIVERSITY) {
                            teachersByPlace.computeIfAbsent(o.place, x -> new ArrayList<>()).add(r.value1());
                        }
                    });
            Set<Long> withStaff = new HashSet<>(byOrg.keySet());
            universities = orgs.stream().filter(o -> o.type == OrgType.UNIVERSITY && withStaff.contains(o.id)).toList();
        }

        Long pick(KraiGenerator.Org org) {
            List<Long> local = teachersByPlace.get(org.place);
            if (universities.isEmpty() || (local != null && rnd.nextInt(5) == 0)) {
                return local == null ? null : local.get(rnd.nextInt(local.size()));
            }
            KraiGenerator.Org u = KraiVocabulary.weighted(rnd, universities, x -> x.universityWeight);
            List<Long> staff = byOrg.get(u.id);
            return staff.get(rnd.nextInt(staff.size()));
        }
    }
}
