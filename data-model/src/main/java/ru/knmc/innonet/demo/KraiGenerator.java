package ru.knmc.innonet.demo;

import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY_ORG_TOTAL;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.demo.Bulk.fields;
import static ru.knmc.innonet.demo.Bulk.row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.registry.OrgType;

/**
 * Builds a krai-sized registry (44 municipalities, 4 000 organizations, 100 000 persons, 30 000
 * status assignments over 2014–2026) for measuring the program at the scale it is designed for.
 * Deterministic: the same scale gives the same data, so that measurements can be compared.
 */
public final class KraiGenerator {
    /** How much to generate; {@link #krai()} is the krai of seed 003. */
    public record Scale(int municipalities, int organizations, int persons, int assignments) {
        public static Scale krai() {
            return new Scale(44, 4_000, 100_000, 30_000);
        }

        /** A fraction of the krai for tests: {@code krai().divide(20)}. */
        public Scale divide(int by) {
            return new Scale(Math.max(2, municipalities / by), organizations / by, persons / by, assignments / by);
        }
    }

    /** What was generated. */
    public record Summary(int municipalities, int organizations, int persons, int assignments, int orders, long millis) {
    }

    public static final int FIRST_YEAR = 2014;
    public static final int LAST_YEAR = 2026;
    static final long SEED = 20_171_394L;
    /** Relative share of organization types in a municipality, and of staff per organization of the type. */
    private static final Map<OrgType, int[]> TYPE_MIX = Map.of(
            OrgType.PRESCHOOL, new int[] {45, 22}, OrgType.GENERAL, new int[] {38, 48},
            OrgType.ADDITIONAL, new int[] {13, 18}, OrgType.OTHER, new int[] {4, 6});
    private static final int UNIVERSITY_STAFF = 40;
    private static final double TEACHER_DEGREE_SHARE = 0.015;

    private final DSLContext tx;
    private final Scale scale;
    private final ProgressListener progress;
    private final KraiVocabulary words = KraiVocabulary.load();
    private final Random rnd = new Random(SEED);
    private final List<KraiVocabulary.Place> places;
    private final List<Long> placeIds = new ArrayList<>();
    private final List<Org> orgs = new ArrayList<>();

    /** An organization as planned, before and after its insert. */
    static final class Org {
        final OrgType type;
        final int place;
        final String[] head;
        final Object[] row;
        final int universityWeight;
        long id;
        double staffWeight;

        Org(OrgType type, int place, String[] head, Object[] row, int universityWeight) {
            this.type = type;
            this.place = place;
            this.head = head;
            this.row = row;
            this.universityWeight = universityWeight;
        }
    }

    private KraiGenerator(DSLContext tx, Scale scale, ProgressListener progress) {
        this.tx = tx;
        this.scale = scale;
        this.progress = progress;
        this.places = words.places.subList(0, Math.min(scale.municipalities(), words.places.size()));
    }

    /** Generates {@code scale} into an empty database, in one transaction. */
    public static Summary generate(Database db, Scale scale, ProgressListener progress) {
        if (!DemoLoader.isEmpty(db)) {
            throw new UserException("demo.error.notEmpty");
        }
        long t0 = System.nanoTime();
        Summary s = db.dsl().transactionResult(c -> {
            if (c.dsl().fetchExists(ORGANIZATION)) {
                throw new UserException("demo.error.notEmpty");
            }
            return new KraiGenerator(c.dsl(), scale, progress).run();
        });
        Summary done = new Summary(s.municipalities(), s.organizations(), s.persons(), s.assignments(), s.orders(),
                (System.nanoTime() - t0) / 1_000_000);
        progress.progress(1, Messages.get("demo.krai.progress.done", String.valueOf(done.organizations()),
                String.valueOf(done.persons()), String.valueOf(done.assignments())));
        return done;
    }

    private Summary run() {
        progress.progress(0, Messages.get("demo.krai.progress.reference"));
        String region = words.text("region");
        List<Object[]> rows = new ArrayList<>();
        places.forEach(p -> rows.add(row(p.name(), region)));
        placeIds.addAll(Bulk.insertReturningIds(tx, MUNICIPALITY, fields(MUNICIPALITY.NAME, MUNICIPALITY.REGION), rows,
                MUNICIPALITY.ID, MUNICIPALITY.NAME));
        KraiStatuses statuses = new KraiStatuses(tx, words, rnd, places, placeIds);
        int orders = statuses.ordersAndDirections();
        planOrganizations();
        insertOrganizations();
        int persons = insertPersons();
        insertTotals();
        int assignments = statuses.assignments(orgs, scale.assignments(), progress);
        return new Summary(places.size(), orgs.size(), persons, assignments, orders, 0);
    }

    private void planOrganizations() {
        for (KraiVocabulary.University u : words.universities) {
            int place = indexOfPlace(u.municipality());
            if (place >= 0 && orgs.size() < scale.organizations()) {
                String[] head = words.person(rnd, rnd.nextInt(3) == 0);
                orgs.add(new Org(OrgType.UNIVERSITY, place, head, row(OrgType.UNIVERSITY.name(), u.legalForm(), null, null,
                        null, u.fullName(), u.shortName(), placeIds.get(place), null, String.join(" ", head)), u.weight()));
            }
        }
        int rest = scale.organizations() - orgs.size();
        int totalWeight = places.stream().mapToInt(KraiVocabulary.Place::weight).sum();
        for (int p = 0; p < places.size() && rest > 0; p++) {
            int n = p == places.size() - 1 ? scale.organizations() - orgs.size()
                    : Math.max(1, (int) Math.round((double) rest * places.get(p).weight() / totalWeight));
            planPlace(p, Math.min(n, scale.organizations() - orgs.size()));
        }
    }

    /** {@code n} organizations of one municipality, numbered without repeats per type, with gaps as in life. */
    private void planPlace(int place, int n) {
        KraiVocabulary.Place where = places.get(place);
        Map<OrgType, List<Integer>> numbers = new HashMap<>();
        Map<String, Integer> seenKinds = new HashMap<>();
        String placeName = where.city() ? words.text("city.prefix") + " " + where.name() : where.name();
        List<OrgType> types = new ArrayList<>(TYPE_MIX.keySet());
        Collections.sort(types);
        for (int i = 0; i < n; i++) {
            OrgType type = KraiVocabulary.weighted(rnd, types, t -> TYPE_MIX.get(t)[0]);
            KraiVocabulary.OrgKind kind = KraiVocabulary.weighted(rnd,
                    words.kinds.stream().filter(k -> k.type() == type).toList(), KraiVocabulary.OrgKind::weight);
            boolean first = seenKinds.merge(kind.kindName(), 1, Integer::sum) == 1;
            String number = null;
            if (kind.numbered() || !first) {
                List<Integer> free = numbers.computeIfAbsent(type, t -> shuffledNumbers(n));
                number = String.valueOf(free.remove(free.size() - 1));
            }
            String own = type == OrgType.PRESCHOOL && rnd.nextInt(8) == 0
                    ? words.ownNames.get(rnd.nextInt(words.ownNames.size())) : null;
            String form = kind.legalForms().get(rnd.nextInt(kind.legalForms().size()));
            String numberText = number == null ? "" : " " + words.text("org.number", number);
            String shortName = form + " " + kind.abbreviation() + numberText + (own == null ? "" : " «" + own + "»");
            String inner = kind.fullKind() + numberText + (own == null ? "" : " «" + own + "»");
            String fullName = words.legalForms.get(form).get(type) + " "
                    + words.text("org.full", Character.toUpperCase(inner.charAt(0)) + inner.substring(1), placeName);
            String address = words.text("org.address", where.name(), words.streets.get(rnd.nextInt(words.streets.size())),
                    String.valueOf(1 + rnd.nextInt(180)));
            String[] head = words.person(rnd, rnd.nextInt(10) < (type == OrgType.PRESCHOOL ? 9 : 7));
            orgs.add(new Org(type, place, head, row(type.name(), form, kind.kindName(), number, own, fullName, shortName,
                    placeIds.get(place), address, String.join(" ", head)), 0));
        }
    }

    private List<Integer> shuffledNumbers(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 1; i <= n + n / 6 + 3; i++) {
            list.add(i);
        }
        Collections.shuffle(list, rnd);
        return list;
    }

    private int indexOfPlace(String name) {
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void insertOrganizations() {
        progress.progress(0.05, Messages.get("demo.krai.progress.organizations", "0", String.valueOf(orgs.size())));
        List<Long> ids = Bulk.insertReturningIds(tx, ORGANIZATION, fields(ORGANIZATION.ORG_TYPE, ORGANIZATION.LEGAL_FORM,
                        ORGANIZATION.KIND_NAME, ORGANIZATION.NUMBER, ORGANIZATION.OWN_NAME, ORGANIZATION.FULL_NAME,
                        ORGANIZATION.SHORT_NAME, ORGANIZATION.MUNICIPALITY_ID, ORGANIZATION.ADDRESS, ORGANIZATION.HEAD_NAME),
                orgs.stream().map(o -> o.row).toList(), ORGANIZATION.ID, ORGANIZATION.SHORT_NAME);
        for (int i = 0; i < orgs.size(); i++) {
            orgs.get(i).id = ids.get(i);
        }
    }

    /** Heads first, then staff spread by the size of each type; university staff are the supervisors. */
    private int insertPersons() {
        List<Object[]> rows = new ArrayList<>(scale.persons());
        List<String> teacherDegree = List.of(words.text("teacher.degree"));
        List<String> degrees = words.list("supervisor.degrees");
        List<String> titles = words.list("supervisor.titles");
        double[] cumulative = new double[orgs.size()];
        double sum = 0;
        for (int i = 0; i < orgs.size(); i++) {
            Org o = orgs.get(i);
            o.staffWeight = o.type == OrgType.UNIVERSITY ? UNIVERSITY_STAFF : TYPE_MIX.get(o.type)[1] * (0.5 + rnd.nextDouble());
            sum += o.staffWeight;
            cumulative[i] = sum;
            if (rows.size() < scale.persons()) {
                rows.add(personRow(o, o.head, true, teacherDegree, degrees, titles));
            }
        }
        while (rows.size() < scale.persons()) {
            int i = java.util.Arrays.binarySearch(cumulative, rnd.nextDouble() * sum);
            Org o = orgs.get(i >= 0 ? i : Math.min(orgs.size() - 1, -i - 1));
            boolean female = rnd.nextInt(100) < (o.type == OrgType.PRESCHOOL ? 96 : o.type == OrgType.UNIVERSITY ? 60 : 82);
            rows.add(personRow(o, words.person(rnd, female), false, teacherDegree, degrees, titles));
        }
        List<org.jooq.Field<?>> f = fields(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.MIDDLE_NAME, PERSON.POSITION,
                PERSON.ORGANIZATION_ID, PERSON.ACADEMIC_DEGREE, PERSON.ACADEMIC_TITLE);
        int step = 10_000;
        for (int from = 0; from < rows.size(); from += step) {
            progress.progress(0.1 + 0.5 * from / rows.size(), Messages.get("demo.krai.progress.persons",
                    String.valueOf(from), String.valueOf(rows.size())));
            Bulk.insert(tx, PERSON, f, rows.subList(from, Math.min(rows.size(), from + step)));
        }
        return rows.size();
    }

    private Object[] personRow(Org o, String[] name, boolean head, List<String> teacherDegree, List<String> degrees,
                               List<String> titles) {
        List<KraiVocabulary.Position> fit = words.positions.stream()
                .filter(p -> p.type() == o.type && p.head() == head).toList();
        String position = KraiVocabulary.weighted(rnd, fit, KraiVocabulary.Position::weight).name();
        String degree = null;
        String title = null;
        if (o.type == OrgType.UNIVERSITY) {
            degree = degrees.get(rnd.nextInt(degrees.size()));
            title = titles.get(rnd.nextInt(titles.size()));
        } else if (rnd.nextDouble() < TEACHER_DEGREE_SHARE) {
            degree = teacherDegree.get(0);
        }
        return row(name[0], name[1], name[2], position, o.id, degree, title);
    }

    /** Totals per municipality, year and subsystem: the registry's own count and a few not in it. */
    private void insertTotals() {
        progress.progress(0.62, Messages.get("demo.krai.progress.totals"));
        Map<String, Integer> counts = new HashMap<>();
        for (Org o : orgs) {
            counts.merge(o.place + ":" + o.type, 1, Integer::sum);
        }
        List<Object[]> rows = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                for (OrgType t : List.of(OrgType.PRESCHOOL, OrgType.GENERAL, OrgType.ADDITIONAL)) {
                    int n = counts.getOrDefault(p + ":" + t, 0);
                    rows.add(row(placeIds.get(p), y, t.name(), n + rnd.nextInt(3)));
                }
            }
        }
        Bulk.insert(tx, MUNICIPALITY_ORG_TOTAL, fields(MUNICIPALITY_ORG_TOTAL.MUNICIPALITY_ID,
                MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR, MUNICIPALITY_ORG_TOTAL.ORG_TYPE, MUNICIPALITY_ORG_TOTAL.TOTAL), rows);
    }
}
