package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.EXPERT_GROUP;
import static ru.knmc.innonet.db.jooq.Tables.EXPERT_GROUP_MEMBER;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.demo.DemoContext;
import ru.knmc.innonet.demo.DemoCsv;
import ru.knmc.innonet.demo.DemoFiles;
import ru.knmc.innonet.demo.DemoPart;

/**
 * The contest's demo: the XVI contest (2017–2018) with its stages, three expert groups and the expert
 * council, applications of registry organizations, reviews whose scores rank with one disagreement and
 * one tie; and the 2016 and 2017 RIPO bank (2017: 54 positive conclusions, 35 / 16 / 3).
 */
public final class ContestDemo implements DemoPart {
    private static final String DIR = "contest/";
    private DemoCsv contests;
    private DemoCsv stages;
    private DemoCsv experts;
    private DemoCsv applications;
    private DemoCsv scores;
    private DemoCsv ripo;

    @Override
    public void read(DemoFiles files) {
        contests = DemoCsv.read(files, DIR + "contests.csv", "key", "roman_number", "academic_year", "kind", "title");
        stages = DemoCsv.read(files, DIR + "stages.csv", "contest_key", "stage", "end_date");
        experts = DemoCsv.read(files, DIR + "experts.csv", "academic_year", "group", "person_key");
        applications = DemoCsv.read(files, DIR + "applications.csv", "key", "contest_key", "organization_key",
                "subsystem", "topic", "status");
        scores = DemoCsv.read(files, DIR + "scores.csv", "application_key", "expert_key", "scores");
        ripo = DemoCsv.read(files, DIR + "ripo.csv", "calendar_year", "subsystem", "title", "authors");
    }

    @Override
    public void load(DemoContext ctx) {
        DSLContext tx = ctx.dsl();
        ctx.progress(0.85, "demo.progress.contest");
        Map<String, Long> contestIds = new HashMap<>();
        for (DemoCsv.Row r : contests.rows()) {
            String threshold = r.get("threshold");
            Integer winners = r.integer("winners_per_subsystem");
            Integer experts = r.integer("experts_per_application");
            Contest c = ContestService.save(tx, Contest.announce(r.required("roman_number"), r.integer("academic_year"),
                    r.enumValue("kind", ContestKind.class), r.required("title"),
                    r.get("order_key") == null ? null : ctx.order(r.get("order_key")))
                    .withSettings(threshold == null ? null : Double.valueOf(threshold), winners,
                            experts == null ? 3 : experts, 0.30, 0.5, 0.5));
            CriteriaService.installDefaults(tx, c.id());
            contestIds.put(r.required("key"), c.id());
        }
        for (DemoCsv.Row r : stages.rows()) {
            String d = r.get("done");
            new ContestService(tx).saveStage(new ContestStage(null, contestIds.get(r.required("contest_key")),
                    r.enumValue("stage", StageKind.class), r.enumValue("subsystem", Subsystem.class), r.date("start_date"),
                    r.date("end_date"), Boolean.parseBoolean(d), 0));
        }
        Map<String, Long> groups = new HashMap<>();
        for (DemoCsv.Row r : experts.rows()) {
            String key = r.required("academic_year") + ":" + r.required("group");
            long person = ctx.person(r.required("person_key"));
            long group = groups.computeIfAbsent(key, k -> tx.insertInto(EXPERT_GROUP)
                    .set(EXPERT_GROUP.ACADEMIC_YEAR, r.integer("academic_year"))
                    .set(EXPERT_GROUP.SUBSYSTEM, r.required("group")).returning(EXPERT_GROUP.ID).fetchOne(EXPERT_GROUP.ID));
            tx.insertInto(EXPERT_GROUP_MEMBER).set(EXPERT_GROUP_MEMBER.GROUP_ID, group)
                    .set(EXPERT_GROUP_MEMBER.PERSON_ID, person).execute();
            if (Boolean.parseBoolean(r.get("chair"))) {
                tx.update(EXPERT_GROUP).set(EXPERT_GROUP.CHAIR_ID, person).where(EXPERT_GROUP.ID.eq(group)).execute();
            }
        }
        Map<String, Long> apps = new HashMap<>();
        for (DemoCsv.Row r : applications.rows()) {
            long contest = contestIds.get(r.required("contest_key"));
            List<Long> co = keys(r.get("coapplicant_keys")).stream().map(ctx::organization).toList();
            List<Long> authors = keys(r.get("author_keys")).stream().map(ctx::person).toList();
            Passport p = new Passport(r.required("topic"), r.get("goals"), null, null, null, null, null, null, null,
                    null, null, null, null);
            Application a = ApplicationService.save(tx, Application.submitted(contest,
                    ctx.organization(r.required("organization_key")), r.enumValue("subsystem", Subsystem.class),
                    r.get("direction") == null ? null : ctx.direction(r.get("direction")),
                    r.get("supervisor_key") == null ? null : ctx.person(r.get("supervisor_key")), authors, co, p,
                    List.of(), LocalDate.of(2017, 10, 12)));
            ApplicationStatus status = r.enumValue("status", ApplicationStatus.class);
            List<FormalCheck> checks = new ArrayList<>();
            for (FormalItem item : FormalItem.values()) {
                boolean failed = status == ApplicationStatus.RETURNED && item == FormalItem.SUPERVISOR_AGREEMENT;
                checks.add(new FormalCheck(item, !failed, failed ? Messages.get("demo.contest.returnReason") : null));
            }
            ApplicationService.formalCheck(tx, a, checks);
            apps.put(r.required("key"), a.id());
        }
        CriteriaSet set = null;
        for (DemoCsv.Row r : scores.rows()) {
            long app = apps.get(r.required("application_key"));
            long expert = ctx.person(r.required("expert_key"));
            long review = tx.insertInto(REVIEW).set(REVIEW.APPLICATION_ID, app).set(REVIEW.EXPERT_ID, expert)
                    .set(REVIEW.PURPOSE, Purpose.REMOTE.name()).set(REVIEW.AUTOMATIC, true)
                    .set(REVIEW.ASSIGNED_AT, OffsetDateTime.now()).returning(REVIEW.ID).fetchOne(REVIEW.ID);
            ScoreSheet sheet = ReviewService.sheet(tx, review);
            if (set == null) {
                set = ReviewService.criteriaFor(tx, sheet);
            }
            int[] values = Arrays.stream(r.required("scores").split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
            Map<Long, Integer> m = new HashMap<>();
            for (int i = 0; i < values.length && i < set.criteria().size(); i++) {
                m.put(set.criteria().get(i).id(), values[i]);
            }
            ReviewService.save(tx, new ScoreSheet(review, app, expert, Purpose.REMOTE, m, r.get("comment"),
                    r.enumValue("conclusion", Conclusion.class), true, sheet.version()));
        }
        for (DemoCsv.Row r : ripo.rows()) {
            String orig = r.get("originality");
            RipoService.save(tx, new RipoMaterial(null, r.required("title"), r.required("authors"),
                    r.get("organization_key") == null ? null : ctx.organization(r.get("organization_key")),
                    r.enumValue("subsystem", Subsystem.class), r.integer("calendar_year"),
                    orig == null ? null : Double.valueOf(orig), r.enumValue("conclusion", RipoConclusion.class),
                    r.date("included_on"), null, 0));
        }
    }

    private static List<String> keys(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
