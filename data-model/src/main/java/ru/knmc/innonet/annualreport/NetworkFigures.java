package ru.knmc.innonet.annualreport;

import static ru.knmc.innonet.db.jooq.Tables.AGREEMENT;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK_MEMBER;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.ROADMAP_ITEM;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.network.ChecklistRow;
import ru.knmc.innonet.network.MemberLevel;
import ru.knmc.innonet.network.NetworkChecklist;
import ru.knmc.innonet.network.RoadmapStatus;

/**
 * §7 from the networks' data (issue 3): the networks working in the calendar year with their centre (and its
 * statuses that year), their members of levels 2 and 3 and their agreements in force that year; and the
 * roadmaps of the academic year starting in the report's year (the year of the МСИП table): activities
 * planned and carried out, and how many of the centre's twelve tasks each network has done.
 */
final class NetworkFigures {
    private final DSLContext dsl;
    private final NetworkChecklist checklist;

    NetworkFigures(DSLContext dsl, NetworkChecklist checklist) {
        this.dsl = dsl;
        this.checklist = checklist;
    }

    private record Row(long id, String name, String centre, long centreId) {
    }

    void addTo(int year, Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Row> networks = dsl.select(NETWORK.ID, NETWORK.NAME, ORGANIZATION.SHORT_NAME, ORGANIZATION.ID).from(NETWORK)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(NETWORK.CENTRE_ID))
                .where(NETWORK.START_DATE.le(to)).and(NETWORK.END_DATE.isNull().or(NETWORK.END_DATE.ge(from)))
                .orderBy(NETWORK.START_DATE, NETWORK.NAME)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4()));
        if (networks.isEmpty()) {
            gaps.add(new Gap(Messages.get("annualReport.gap.networks", year), ReportDataService.NETWORKS));
        }
        Map<Long, int[]> levels = new HashMap<>();
        dsl.select(NETWORK_MEMBER.NETWORK_ID, NETWORK_MEMBER.MEMBER_LEVEL, DSL.count()).from(NETWORK_MEMBER)
                .where(NETWORK_MEMBER.JOINED_ON.le(to)).and(NETWORK_MEMBER.LEFT_ON.isNull().or(NETWORK_MEMBER.LEFT_ON.ge(from)))
                .groupBy(NETWORK_MEMBER.NETWORK_ID, NETWORK_MEMBER.MEMBER_LEVEL)
                .forEach(r -> levels.computeIfAbsent(r.value1(), k -> new int[4])[r.value2()] = r.value3());
        Map<Long, Integer> agreements = new HashMap<>();
        dsl.select(AGREEMENT.NETWORK_ID, DSL.count()).from(AGREEMENT)
                .where(AGREEMENT.SIGNED_ON.le(to)).and(AGREEMENT.VALID_TO.isNull().or(AGREEMENT.VALID_TO.ge(from)))
                .groupBy(AGREEMENT.NETWORK_ID).forEach(r -> agreements.put(r.value1(), r.value2()));
        Map<Long, Set<String>> centreStatuses = new HashMap<>();
        dsl.selectDistinct(STATUS_ASSIGNMENT.ORGANIZATION_ID, STATUS_KIND.SHORT_NAME, STATUS_KIND.SORT_ORDER)
                .from(STATUS_ASSIGNMENT).join(STATUS_KIND).on(STATUS_KIND.ID.eq(STATUS_ASSIGNMENT.STATUS_KIND_ID))
                .where(STATUS_ASSIGNMENT.ORGANIZATION_ID.in(networks.stream().map(Row::centreId).toList()))
                .and(STATUS_ASSIGNMENT.START_DATE.le(to))
                .and(STATUS_ASSIGNMENT.END_DATE.isNull().or(STATUS_ASSIGNMENT.END_DATE.ge(from)))
                .orderBy(STATUS_KIND.SORT_ORDER)
                .forEach(r -> centreStatuses.computeIfAbsent(r.value1(), k -> new LinkedHashSet<>()).add(r.value2()));
        int partners = 0;
        int associates = 0;
        int agreed = 0;
        List<List<Object>> rows = new ArrayList<>();
        for (Row n : networks) {
            int[] l = levels.getOrDefault(n.id(), new int[4]);
            int a = agreements.getOrDefault(n.id(), 0);
            partners += l[MemberLevel.PARTNER.number()];
            associates += l[MemberLevel.ASSOCIATE.number()];
            agreed += a;
            Set<String> statuses = centreStatuses.getOrDefault(n.centreId(), Set.of());
            String centre = statuses.isEmpty() ? n.centre() : Messages.get("annualReport.network.centreWithStatus", n.centre(),
                    String.join(", ", statuses));
            rows.add(List.of(rows.size() + 1, n.name(), centre, l[MemberLevel.PARTNER.number()],
                    l[MemberLevel.ASSOCIATE.number()], a));
        }
        figures.put(Placeholders.NETWORKS, Integer.toString(networks.size()));
        figures.put(Placeholders.NETWORKS + ".partners", Integer.toString(partners));
        figures.put(Placeholders.NETWORKS + ".associates", Integer.toString(associates));
        figures.put(Placeholders.NETWORKS + ".agreements", Integer.toString(agreed));
        List<ReportBlock> seven = blocks.computeIfAbsent(7, k -> new ArrayList<>());
        if (!networks.isEmpty()) {
            seven.add(new ReportBlock.Table(Messages.get("annualReport.sheet.networks"),
                    Messages.get("annualReport.table.networks", year), List.of(Messages.get("annualReport.col.no"),
                    Messages.get("annualReport.col.network"), Messages.get("annualReport.col.centre"),
                    Messages.get("annualReport.col.partners"), Messages.get("annualReport.col.associates"),
                    Messages.get("annualReport.col.agreements")), rows));
        }
        roadmaps(new AcademicYear(year), figures, seven, gaps, networks.isEmpty());
    }

    /** The roadmaps of {@code academic}: per network, activities planned (not cancelled) and carried out. */
    private void roadmaps(AcademicYear academic, Map<String, String> figures, List<ReportBlock> seven, List<Gap> gaps,
                          boolean noNetworks) {
        Map<Long, Map<RoadmapStatus, Integer>> perNetwork = new LinkedHashMap<>();
        dsl.select(ROADMAP_ITEM.NETWORK_ID, ROADMAP_ITEM.ITEM_STATUS, DSL.count()).from(ROADMAP_ITEM)
                .where(ROADMAP_ITEM.ACADEMIC_YEAR.eq(academic.startYear()))
                .groupBy(ROADMAP_ITEM.NETWORK_ID, ROADMAP_ITEM.ITEM_STATUS)
                .forEach(r -> perNetwork.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .put(RoadmapStatus.valueOf(r.value2()), r.value3()));
        int plannedAll = 0;
        int doneAll = 0;
        List<List<Object>> rows = new ArrayList<>();
        for (ChecklistRow n : checklist.overview(academic)) {
            Map<RoadmapStatus, Integer> s = perNetwork.getOrDefault(n.networkId(), Map.of());
            int done = s.getOrDefault(RoadmapStatus.DONE, 0);
            int planned = s.values().stream().mapToInt(Integer::intValue).sum() - s.getOrDefault(RoadmapStatus.CANCELLED, 0);
            plannedAll += planned;
            doneAll += done;
            rows.add(List.of(n.networkName(), planned, done, s.getOrDefault(RoadmapStatus.MOVED, 0),
                    s.getOrDefault(RoadmapStatus.CANCELLED, 0), (int) n.doneCount()));
        }
        figures.put(Placeholders.ROADMAP_PLANNED, Integer.toString(plannedAll));
        figures.put(Placeholders.ROADMAP_DONE, Integer.toString(doneAll));
        if (perNetwork.isEmpty()) {
            if (!noNetworks) {
                gaps.add(new Gap(Messages.get("annualReport.gap.roadmaps", academic), ReportDataService.NETWORKS));
            }
            return;
        }
        seven.add(new ReportBlock.Table(Messages.get("annualReport.sheet.roadmaps"),
                Messages.get("annualReport.table.roadmaps", academic), List.of(Messages.get("annualReport.col.network"),
                Messages.get("annualReport.col.planned"), Messages.get("annualReport.col.done"),
                Messages.get("annualReport.col.moved"), Messages.get("annualReport.col.cancelled"),
                Messages.get("annualReport.col.tasks")), rows));
    }
}
