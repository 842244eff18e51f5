package ru.knmc.innonet.registry;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.db.jooq.tables.Organization;

/**
 * Loads the whole registry in two queries: at the krai's scale (4 000 organizations, 30 000
 * assignments) that takes about a second, always off the FX thread, and filtering in memory then takes
 * milliseconds per keystroke (docs/performance/registry-krai.md).
 */
public final class RegistryQueryService {
    private final DSLContext dsl;

    public RegistryQueryService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RegistryEntry> load() {
        Organization supOrg = ORGANIZATION.as("sup_org");
        Map<Long, List<StatusBrief>> statuses = new HashMap<>();
        // one formatter for the whole load: a MessageFormat per row was a third of the load time at krai scale
        java.text.MessageFormat orderReference = new java.text.MessageFormat(
                Messages.bundle().getString("order.reference"), Messages.RUSSIAN);
        dsl.select(STATUS_ASSIGNMENT.ID, STATUS_ASSIGNMENT.ORGANIZATION_ID, STATUS_KIND.ID, STATUS_KIND.CODE,
                        STATUS_KIND.SHORT_NAME, STATUS_ASSIGNMENT.PROJECT_TOPIC, DIRECTION.ID, DIRECTION.TITLE,
                        STATUS_ASSIGNMENT.START_DATE, STATUS_ASSIGNMENT.END_DATE, LEGAL_ORDER.NUMBER,
                        LEGAL_ORDER.ORDER_DATE, PERSON.ID, PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.MIDDLE_NAME,
                        PERSON.ACADEMIC_DEGREE, supOrg.SHORT_NAME, STATUS_ASSIGNMENT.OUTCOME)
                .from(STATUS_ASSIGNMENT)
                .join(STATUS_KIND).on(STATUS_KIND.ID.eq(STATUS_ASSIGNMENT.STATUS_KIND_ID))
                .join(LEGAL_ORDER).on(LEGAL_ORDER.ID.eq(STATUS_ASSIGNMENT.ORDER_ID))
                .leftJoin(DIRECTION).on(DIRECTION.ID.eq(STATUS_ASSIGNMENT.DIRECTION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(STATUS_ASSIGNMENT.SUPERVISOR_ID))
                .leftJoin(supOrg).on(supOrg.ID.eq(PERSON.ORGANIZATION_ID))
                .fetchStream()
                .forEach(r -> {
                    String supervisor = null;
                    if (r.get(PERSON.ID) != null) {
                        supervisor = new Person(r.get(PERSON.ID), r.get(PERSON.LAST_NAME), r.get(PERSON.FIRST_NAME),
                                r.get(PERSON.MIDDLE_NAME), null, null, r.get(PERSON.ACADEMIC_DEGREE), null, null, null, 0)
                                .nameWithDegree();
                    }
                    statuses.computeIfAbsent(r.get(STATUS_ASSIGNMENT.ORGANIZATION_ID), k -> new ArrayList<>())
                            .add(new StatusBrief(r.get(STATUS_ASSIGNMENT.ID), r.get(STATUS_KIND.ID), r.get(STATUS_KIND.CODE),
                                    r.get(STATUS_KIND.SHORT_NAME), r.get(STATUS_ASSIGNMENT.PROJECT_TOPIC),
                                    r.get(DIRECTION.ID), r.get(DIRECTION.TITLE), r.get(STATUS_ASSIGNMENT.START_DATE),
                                    r.get(STATUS_ASSIGNMENT.END_DATE),
                                    orderReference.format(new Object[] {Dates.format(r.get(LEGAL_ORDER.ORDER_DATE)), r.get(LEGAL_ORDER.NUMBER)}),
                                    r.get(PERSON.ID), supervisor, r.get(supOrg.SHORT_NAME),
                                    Outcome.valueOf(r.get(STATUS_ASSIGNMENT.OUTCOME))));
                });
        return dsl.select(ORGANIZATION.fields()).select(MUNICIPALITY.NAME)
                .from(ORGANIZATION).join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(ORGANIZATION.MUNICIPALITY_ID))
                .orderBy(ORGANIZATION.SHORT_NAME)
                .fetch(r -> {
                    var org = Mappers.organization(r);
                    List<StatusBrief> list = statuses.getOrDefault(org.id(), List.of());
                    String municipality = r.get(MUNICIPALITY.NAME);
                    return new RegistryEntry(org, municipality, List.copyOf(list), searchText(org, municipality, list));
                });
    }

    static String searchText(ru.knmc.innonet.registry.Organization o, String municipality, List<StatusBrief> statuses) {
        String statusText = statuses.stream()
                .flatMap(s -> Stream.of(s.projectTopic(), s.supervisorName(), s.kindShortName()))
                .filter(s -> s != null).collect(Collectors.joining(" "));
        String text = Stream.of(o.shortName(), o.fullName(), o.ownName(), o.kindName(), o.legalForm(), municipality,
                        o.headName(), o.address(), statusText)
                .filter(s -> s != null).collect(Collectors.joining(" "));
        return RegistrySearch.normalize(text);
    }
}
