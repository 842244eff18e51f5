package ru.knmc.innonet.demo;

import static ru.knmc.innonet.db.jooq.Tables.NETWORK_TASK_MARK;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.council.AgendaItem;
import ru.knmc.innonet.council.Attendee;
import ru.knmc.innonet.council.Composition;
import ru.knmc.innonet.council.CouncilMember;
import ru.knmc.innonet.council.CouncilRole;
import ru.knmc.innonet.council.CouncilService;
import ru.knmc.innonet.council.DecisionPoint;
import ru.knmc.innonet.council.Meeting;
import ru.knmc.innonet.council.MeetingService;
import ru.knmc.innonet.council.MeetingStatus;
import ru.knmc.innonet.council.Remark;
import ru.knmc.innonet.network.Agreement;
import ru.knmc.innonet.network.FormationVariant;
import ru.knmc.innonet.network.InteractionForm;
import ru.knmc.innonet.network.MemberLevel;
import ru.knmc.innonet.network.Network;
import ru.knmc.innonet.network.NetworkMember;
import ru.knmc.innonet.network.NetworkService;
import ru.knmc.innonet.network.RoadmapItem;
import ru.knmc.innonet.network.RoadmapStatus;
import ru.knmc.innonet.network.TeamMember;

/**
 * The coordination council of 2017–2018 and 2018–2019 with its meetings and decisions, and the networks
 * of seeds 000 and 002 (files under {@code demo/council/} and {@code demo/network/}). One part, since the
 * networks point at the decisions that admitted their members and approved their tutors.
 */
public final class NetworksCouncilDemo implements DemoPart {
    private static final String PERSONS = "council/persons.csv";
    private static final String COMPOSITIONS = "council/compositions.csv";
    private static final String MEETINGS = "council/meetings.csv";
    private static final String ITEMS = "council/items.csv";
    private static final String DECISIONS = "council/decisions.csv";
    private static final String ATTENDANCE = "council/attendance.csv";
    private static final String NETWORKS = "network/networks.csv";
    private static final String MEMBERS = "network/members.csv";
    private static final String AGREEMENTS = "network/agreements.csv";
    private static final String TEAM = "network/team.csv";
    private static final String ROADMAP = "network/roadmap.csv";
    private static final String MARKS = "network/task_marks.csv";
    private final Map<String, DemoCsv> csv = new HashMap<>();
    private final Map<String, Long> persons = new HashMap<>();
    private final Map<String, Long> decisions = new HashMap<>();
    private DemoContext ctx;

    @Override
    public void read(DemoFiles files) {
        csv.put(PERSONS, DemoCsv.read(files, PERSONS, "key", "last_name"));
        csv.put(COMPOSITIONS, DemoCsv.read(files, COMPOSITIONS, "academic_year", "person_key", "role"));
        csv.put(MEETINGS, DemoCsv.read(files, MEETINGS, "key", "date", "status"));
        csv.put(ITEMS, DemoCsv.read(files, ITEMS, "meeting", "item", "title"));
        csv.put(DECISIONS, DemoCsv.read(files, DECISIONS, "key", "meeting", "item", "text"));
        csv.put(ATTENDANCE, DemoCsv.read(files, ATTENDANCE, "meeting", "person", "guest", "present"));
        csv.put(NETWORKS, DemoCsv.read(files, NETWORKS, "key", "name", "centre", "variant", "form", "start"));
        csv.put(MEMBERS, DemoCsv.read(files, MEMBERS, "network", "organization", "level", "joined"));
        csv.put(AGREEMENTS, DemoCsv.read(files, AGREEMENTS, "network", "number", "signed", "subject", "parties"));
        csv.put(TEAM, DemoCsv.read(files, TEAM, "network", "organization", "person"));
        csv.put(ROADMAP, DemoCsv.read(files, ROADMAP, "network", "academic_year", "activity", "status"));
        csv.put(MARKS, DemoCsv.read(files, MARKS, "network", "academic_year", "task", "done_on"));
    }

    @Override
    public void load(DemoContext context) {
        this.ctx = context;
        context.progress(0.80, "demo.progress.council");
        persons.putAll(context.persons());
        persons();
        compositions();
        meetings();
        context.progress(0.90, "demo.progress.networks");
        networks();
    }

    private DSLContext tx() {
        return ctx.dsl();
    }

    private Long org(DemoCsv.Row r, String column) {
        String key = r.get(column);
        return key == null ? null : r.ref(column, key, ctx.organizations(), DemoLoader.ORGANIZATIONS);
    }

    private Long person(DemoCsv.Row r, String column) {
        String key = r.get(column);
        return key == null ? null : r.ref(column, key, persons, PERSONS);
    }

    private Long decision(DemoCsv.Row r, String column) {
        String key = r.get(column);
        return key == null ? null : r.ref(column, key, decisions, DECISIONS);
    }

    private static boolean bool(DemoCsv.Row r, String column) {
        return "true".equalsIgnoreCase(r.get(column));
    }

    private void persons() {
        for (DemoCsv.Row r : csv.get(PERSONS).rows()) {
            String key = r.required("key");
            if (persons.containsKey(key)) {
                throw new ru.knmc.innonet.common.UserException("demo.error.duplicate", r.file(), String.valueOf(r.line()), "key", key);
            }
            persons.put(key, tx().insertInto(PERSON).set(PERSON.LAST_NAME, r.required("last_name"))
                    .set(PERSON.FIRST_NAME, r.get("first_name")).set(PERSON.MIDDLE_NAME, r.get("middle_name"))
                    .set(PERSON.POSITION, r.get("position")).set(PERSON.ORGANIZATION_ID, org(r, "organization_key"))
                    .returning(PERSON.ID).fetchOne(PERSON.ID));
        }
    }

    private void compositions() {
        Map<Integer, List<CouncilMember>> members = new LinkedHashMap<>();
        Map<Integer, Long> orders = new HashMap<>();
        for (DemoCsv.Row r : csv.get(COMPOSITIONS).rows()) {
            int year = r.integer("academic_year");
            String order = r.get("order_key");
            if (order != null) {
                orders.put(year, r.ref("order_key", order, ctx.orders(), DemoLoader.ORDERS));
            }
            members.computeIfAbsent(year, y -> new ArrayList<>()).add(new CouncilMember(person(r, "person_key"),
                    r.enumValue("role", CouncilRole.class), org(r, "organization_key")));
        }
        members.forEach((year, list) -> CouncilService.save(tx(), new Composition(null, new AcademicYear(year), orders.get(year), list, 0)));
    }

    private void meetings() {
        Map<String, List<DemoCsv.Row>> items = group(ITEMS, "meeting");
        Map<String, List<DemoCsv.Row>> points = group(DECISIONS, "meeting");
        Map<String, List<DemoCsv.Row>> attendance = group(ATTENDANCE, "meeting");
        for (DemoCsv.Row m : csv.get(MEETINGS).rows()) {
            String key = m.required("key");
            List<AgendaItem> agenda = new ArrayList<>();
            List<List<String>> pointKeys = new ArrayList<>();
            for (DemoCsv.Row i : items.getOrDefault(key, List.of())) {
                List<Long> speakers = new ArrayList<>();
                String list = i.get("speakers");
                if (list != null) {
                    for (String s : list.split(",")) {
                        speakers.add(i.ref("speakers", s.strip(), persons, PERSONS));
                    }
                }
                int no = i.integer("item");
                List<DecisionPoint> decided = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                for (DemoCsv.Row d : points.getOrDefault(key, List.of())) {
                    if (d.integer("item") == no) {
                        Integer year = d.integer("directions_year");
                        String order = d.get("directions_order");
                        decided.add(new DecisionPoint(null, d.required("text"), person(d, "responsible_person"),
                                org(d, "responsible_org"), d.date("due"), d.date("done"), year,
                                order == null ? null : d.ref("directions_order", order, ctx.orders(), DemoLoader.ORDERS)));
                        keys.add(d.required("key"));
                    }
                }
                List<Remark> remarks = i.get("remark") == null ? List.of() : List.of(new Remark(person(i, "remark_person"), i.get("remark")));
                agenda.add(new AgendaItem(null, i.required("title"), i.integer("minutes"), i.get("materials"), speakers,
                        person(i, "heard_person"), i.get("heard_text"), remarks, decided));
                pointKeys.add(keys);
            }
            List<Attendee> present = new ArrayList<>();
            for (DemoCsv.Row a : attendance.getOrDefault(key, List.of())) {
                present.add(new Attendee(person(a, "person"), bool(a, "guest"), bool(a, "present")));
            }
            String time = m.get("time");
            Meeting saved = MeetingService.save(tx(), new Meeting(null, m.integer("number") == null ? 0 : m.integer("number"),
                    m.date("date"), time == null ? null : LocalTime.parse(time), m.get("place"),
                    m.enumValue("status", MeetingStatus.class), agenda, present, 0));
            for (int i = 0; i < saved.items().size(); i++) {
                for (int p = 0; p < pointKeys.get(i).size(); p++) {
                    decisions.put(pointKeys.get(i).get(p), saved.items().get(i).decisions().get(p).id());
                }
            }
        }
    }

    private void networks() {
        Map<String, List<DemoCsv.Row>> members = group(MEMBERS, "network");
        Map<String, List<DemoCsv.Row>> agreements = group(AGREEMENTS, "network");
        Map<String, List<DemoCsv.Row>> team = group(TEAM, "network");
        Map<String, List<DemoCsv.Row>> roadmap = group(ROADMAP, "network");
        Map<String, Long> ids = new HashMap<>();
        for (DemoCsv.Row n : csv.get(NETWORKS).rows()) {
            String key = n.required("key");
            List<NetworkMember> list = new ArrayList<>();
            for (DemoCsv.Row m : members.getOrDefault(key, List.of())) {
                list.add(new NetworkMember(null, org(m, "organization"), MemberLevel.of(m.integer("level")), m.date("joined"),
                        m.date("left"), decision(m, "admitted_decision"), null, bool(m, "low_rating")));
            }
            List<Agreement> signed = new ArrayList<>();
            for (DemoCsv.Row a : agreements.getOrDefault(key, List.of())) {
                List<Long> parties = new ArrayList<>();
                for (String p : a.required("parties").split(",")) {
                    parties.add(a.ref("parties", p.strip(), ctx.organizations(), DemoLoader.ORGANIZATIONS));
                }
                signed.add(new Agreement(null, a.required("number"), a.date("signed"), a.required("subject"), a.date("valid_to"),
                        bool(a, "with_department"), parties));
            }
            List<TeamMember> people = new ArrayList<>();
            for (DemoCsv.Row t : team.getOrDefault(key, List.of())) {
                people.add(new TeamMember(null, org(t, "organization"), person(t, "person"), t.get("role")));
            }
            List<RoadmapItem> plan = new ArrayList<>();
            for (DemoCsv.Row r : roadmap.getOrDefault(key, List.of())) {
                plan.add(new RoadmapItem(null, new AcademicYear(r.integer("academic_year")), r.required("activity"), r.date("start"),
                        r.date("end"), org(r, "responsible_org"), person(r, "responsible_person"), r.get("expected_result"),
                        r.enumValue("status", RoadmapStatus.class), null));
            }
            String direction = n.get("direction");
            Network saved = NetworkService.save(tx(), new Network(null, n.required("name"), n.get("theme"),
                    direction == null ? null : n.ref("direction", direction, ctx.directions(), DemoLoader.DIRECTIONS),
                    org(n, "centre"), n.enumValue("variant", FormationVariant.class), n.enumValue("form", InteractionForm.class),
                    n.date("start"), n.date("end"), person(n, "methodist"), person(n, "tutor"), decision(n, "tutor_decision"), 0,
                    list, signed, people, plan));
            ids.put(key, saved.id());
        }
        for (DemoCsv.Row r : csv.get(MARKS).rows()) {
            LocalDate on = r.date("done_on");
            tx().insertInto(NETWORK_TASK_MARK).set(NETWORK_TASK_MARK.NETWORK_ID, r.ref("network", r.required("network"), ids, NETWORKS))
                    .set(NETWORK_TASK_MARK.ACADEMIC_YEAR, r.integer("academic_year")).set(NETWORK_TASK_MARK.TASK_NO, r.integer("task"))
                    .set(NETWORK_TASK_MARK.DONE_ON, on).set(NETWORK_TASK_MARK.NOTE, r.get("note")).execute();
        }
    }

    private Map<String, List<DemoCsv.Row>> group(String file, String column) {
        Map<String, List<DemoCsv.Row>> result = new HashMap<>();
        for (DemoCsv.Row r : csv.get(file).rows()) {
            result.computeIfAbsent(r.required(column), k -> new ArrayList<>()).add(r);
        }
        return result;
    }
}
