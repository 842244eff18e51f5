package ru.knmc.innonet.event;

import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.demo.DemoContext;
import ru.knmc.innonet.demo.DemoCsv;
import ru.knmc.innonet.demo.DemoFiles;
import ru.knmc.innonet.demo.DemoPart;

/** The demo's events (column names of the participant list are read as the user writes them) with their participants (counts, and one named list), publications 2013–2017 and the issues the outlets published in 2017. */
@ru.knmc.innonet.common.InputVocabulary
public final class EventDemo implements DemoPart {
    static final String EVENTS = "events/events.csv";
    static final String COUNTS = "events/participant_counts.csv";
    static final String LIST_EVENT = "sem-network-2017";
    static final String LIST = "events/participants_" + LIST_EVENT + ".csv";
    static final String PUBLICATIONS = "events/publications.csv";
    static final String ISSUES = "events/outlet_issues.csv";
    /** Region of the districts the festival's counts name and the registry's demo does not hold. */
    static final String KRAI = "Краснодарский край";

    private DemoCsv events;
    private DemoCsv counts;
    private DemoCsv list;
    private DemoCsv publications;
    private DemoCsv issues;

    @Override
    public void read(DemoFiles files) {
        events = DemoCsv.read(files, EVENTS, "key", "title", "kind", "level", "format", "start_date");
        counts = DemoCsv.read(files, COUNTS, "event_key", "dimension", "name", "count");
        list = DemoCsv.read(files, LIST, "Фамилия");
        publications = DemoCsv.read(files, PUBLICATIONS, "outlet", "date", "title");
        issues = DemoCsv.read(files, ISSUES, "outlet", "year", "issues");
    }

    @Override
    public void load(DemoContext ctx) {
        ctx.progress(0.9, "demo.progress.events");
        DSLContext tx = ctx.dsl();
        EventService service = new EventService(tx);
        Map<String, Long> kinds = new HashMap<>();
        service.kinds().forEach(k -> kinds.put(k.name(), k.id()));
        Map<String, Long> ids = new HashMap<>();
        for (DemoCsv.Row r : events.rows()) {
            String host = r.get("host_organization");
            Event e = service.save(new Event(null, r.required("title"), r.ref("kind", r.required("kind"), kinds, "event_kind"),
                    r.enumValue("level", EventLevel.class), r.enumValue("format", EventFormat.class), r.date("start_date"),
                    r.date("end_date"), host == null ? null : ctx.organization(host), r.get("organizer"),
                    r.get("description"), r.get("link"), r.integer("participants_total"), 0));
            ids.put(r.required("key"), e.id());
        }
        Map<String, Long> categories = new HashMap<>();
        service.categories().forEach(c -> categories.put(c.name(), c.id()));
        Map<Long, List<ParticipantCount>> byEvent = new HashMap<>();
        for (DemoCsv.Row r : counts.rows()) {
            long event = r.ref("event_key", r.required("event_key"), ids, EVENTS);
            Dimension d = r.enumValue("dimension", Dimension.class);
            String name = r.required("name");
            long key = switch (d) {
                case CATEGORY -> r.ref("name", name, categories, "participant_category");
                case MUNICIPALITY -> ctx.municipalities().containsKey(name) ? ctx.municipality(name) : municipality(tx, name, KRAI);
                case ORGANIZATION -> ctx.organization(name);
            };
            byEvent.computeIfAbsent(event, x -> new ArrayList<>()).add(new ParticipantCount(d, key, r.integer("count")));
        }
        byEvent.forEach(service::saveCounts);
        List<ParticipantDraft> drafts = new ArrayList<>();
        for (DemoCsv.Row r : list.rows()) {
            drafts.add(new ParticipantDraft(r.line(), r.required("Фамилия"), r.get("Имя"), r.get("Отчество"), r.get("Организация"),
                    r.get("Должность"), r.get("Муниципалитет"), r.get("Категория")));
        }
        ParticipantImportService imports = new ParticipantImportService(tx);
        imports.apply(imports.plan(ids.get(LIST_EVENT), LIST, drafts));
        PublicationService pubs = new PublicationService(tx);
        Map<String, Long> outlets = new HashMap<>();
        for (DemoCsv.Row r : publications.rows()) {
            String outlet = r.required("outlet");
            long outletId = outlets.computeIfAbsent(outlet, o -> pubs.saveOutlet(o).id());
            pubs.save(new Publication(null, outletId, r.get("issue"), r.date("date"), r.required("title"), r.get("authors"),
                    r.get("section"), 0));
        }
        OutletIssueService issueService = new OutletIssueService(tx);
        for (DemoCsv.Row r : issues.rows()) {
            long outletId = outlets.computeIfAbsent(r.required("outlet"), o -> pubs.saveOutlet(o).id());
            issueService.save(OutletIssues.of(outletId, r.integer("year"), r.integer("issues"), r.get("note")));
        }
    }

    /** A district the festival names that the registry's demo does not: added to the municipalities. */
    private static long municipality(DSLContext tx, String name, String region) {
        return tx.select(MUNICIPALITY.ID).from(MUNICIPALITY).where(MUNICIPALITY.NAME.eq(name)).fetchOptional(MUNICIPALITY.ID)
                .orElseGet(() -> tx.insertInto(MUNICIPALITY).set(MUNICIPALITY.NAME, name).set(MUNICIPALITY.REGION, region)
                        .returning(MUNICIPALITY.ID).fetchOne(MUNICIPALITY.ID));
    }
}
