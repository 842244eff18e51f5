package ru.knmc.innonet.annualreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.Direction;
import ru.knmc.innonet.registry.IssuerLevel;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Overview;
import ru.knmc.innonet.registry.OverviewService;
import ru.knmc.innonet.registry.StatusKind;

/**
 * The report's figures and blocks that come from the registry (issue 2's data), from the counts and rows
 * {@link RegistryQueries} asks of the database. The definitions are those of {@code demo/README.md}:
 * organizations counted are the municipality's preschool, general and additional ones; a kind's count in a
 * year is the number of such organizations with an assignment of it overlapping the calendar year; a site
 * is one with МИП, МСИП, КИП, ФИП or pilot status.
 */
final class RegistryFigures {
    /** The status kinds that make an organization an innovation site; the code must branch on them. */
    static final Set<String> SITE_KINDS = Set.of("MIP", "MSIP", "KIP", "FIP", "PILOT");

    /**
     * The registry's data for one report.
     *
     * @param perKind  per year (last and this), the counted organizations per status kind's code
     * @param sites    the site statuses of counted organizations from 1 January of the year to 31 August of
     *                 the next (the calendar year and the academic year starting in it)
     * @param acts     the acts dated up to the year's end that stand behind no status
     */
    record Input(int year, List<StatusKind> kinds, List<Direction> directions, List<LegalOrder> acts,
                 Map<Integer, Overview.Share> shares, Map<Integer, Map<String, Integer>> perKind,
                 List<RegistryQueries.SiteRow> sites) {
    }

    private final Input in;
    private final LocalDate from;
    private final LocalDate to;

    RegistryFigures(Input in) {
        this.in = in;
        this.from = LocalDate.of(in.year(), 1, 1);
        this.to = LocalDate.of(in.year(), 12, 31);
    }

    /** The registry's input of {@code year}'s report for municipality {@code municipalityId}. */
    static Input query(RegistryQueries q, int year, long municipalityId, List<StatusKind> kinds, List<Direction> directions,
                       Map<Integer, Overview.Share> shares) {
        Map<Integer, Map<String, Integer>> perKind = new HashMap<>();
        for (int y : List.of(year - 1, year)) {
            perKind.put(y, q.perKind(municipalityId, y));
        }
        return new Input(year, kinds, directions, q.actsWithoutAssignment(LocalDate.of(year, 12, 31)), shares, perKind,
                q.sites(municipalityId, SITE_KINDS, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 8, 31)));
    }

    void addTo(Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks) {
        figures.put(Placeholders.YEAR, Integer.toString(in.year()));
        figures.put(Placeholders.YEAR_PREVIOUS, Integer.toString(in.year() - 1));
        shares(figures, blocks);
        legalBasis(blocks);
        kinds(figures, blocks);
        supervisors(figures, blocks);
        msipPerDirection(figures, blocks);
    }

    private void shares(Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks) {
        Overview.Share now = in.shares().get(in.year());
        Overview.Share before = in.shares().get(in.year() - 1);
        figures.put(Placeholders.INFRASTRUCTURE, Integer.toString(now.inInfrastructure()));
        if (now.total() > 0) {
            figures.put(Placeholders.SHARE, Long.toString(Math.round(now.percent())));
        }
        if (before.total() > 0) {
            figures.put(Placeholders.SHARE_PREVIOUS, Long.toString(Math.round(before.percent())));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Overview.Share s : List.of(before, now)) {
            rows.add(List.of(Integer.toString(s.year()), s.inInfrastructure(), s.total(),
                    s.total() == 0 ? "" : Math.round(s.percent())));
        }
        blocks.computeIfAbsent(3, k -> new ArrayList<>()).add(new ReportBlock.Table(Messages.get("annualReport.sheet.share"),
                Messages.get("annualReport.table.share"), List.of(Messages.get("annualReport.col.year"),
                Messages.get("annualReport.col.inInfrastructure"), Messages.get("annualReport.col.totalOrganizations"),
                Messages.get("annualReport.col.percent")), rows));
    }

    /** §1: the acts dated up to the year's end that do not merely stand behind a status, by issuer level. */
    private void legalBasis(Map<Integer, List<ReportBlock>> blocks) {
        Map<IssuerLevel, List<LegalOrder>> byLevel = new EnumMap<>(IssuerLevel.class);
        in.acts().stream()
                .sorted(Comparator.comparing(LegalOrder::date).thenComparing(LegalOrder::number))
                .forEach(o -> byLevel.computeIfAbsent(o.issuerLevel(), k -> new ArrayList<>()).add(o));
        List<ReportBlock> list = blocks.computeIfAbsent(1, k -> new ArrayList<>());
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<IssuerLevel, List<LegalOrder>> e : byLevel.entrySet()) {
            List<String> items = new ArrayList<>();
            for (LegalOrder o : e.getValue()) {
                items.add(Messages.get("annualReport.act", o.issuer(), Dates.format(o.date()), o.number(), o.title()));
                rows.add(List.of(e.getKey().displayName(), o.issuer(), Dates.format(o.date()), o.number(), o.title()));
            }
            list.add(new ReportBlock.TextList(Messages.get("annualReport.level." + e.getKey().name()), items));
        }
        list.add(new ReportBlock.Table(Messages.get("annualReport.sheet.basis"), Messages.get("annualReport.table.basis"),
                List.of(Messages.get("annualReport.col.level"), Messages.get("annualReport.col.issuer"),
                        Messages.get("annualReport.col.date"), Messages.get("annualReport.col.number"),
                        Messages.get("annualReport.col.title")), rows, false));
    }

    private int count(String code, int year) {
        return in.perKind().get(year).getOrDefault(code, 0);
    }

    /** §6: organizations per status kind, last year and this year, as a table and a chart. */
    private void kinds(Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks) {
        int mip = count("MIP", in.year());
        int mipBefore = count("MIP", in.year() - 1);
        figures.put(Placeholders.MIP, Integer.toString(mip));
        figures.put(Placeholders.MIP_PREVIOUS, Integer.toString(mipBefore));
        figures.put(Placeholders.MIP_DIFFERENCE, Integer.toString(Math.abs(mip - mipBefore)));
        figures.put(Placeholders.MSIP, Integer.toString(count("MSIP", in.year())));
        figures.put(Placeholders.PILOT, Integer.toString(count("PILOT", in.year())));
        figures.put(Placeholders.KIP, Integer.toString(count("KIP", in.year())));
        figures.put(Placeholders.FIP, Integer.toString(count("FIP", in.year())));
        List<List<Object>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Number> before = new ArrayList<>();
        List<Number> now = new ArrayList<>();
        for (StatusKind k : in.kinds()) {
            int b = count(k.code(), in.year() - 1);
            int n = count(k.code(), in.year());
            if (b == 0 && n == 0) {
                continue;
            }
            rows.add(List.of(k.shortName(), k.fullName(), b, n));
            categories.add(k.shortName());
            before.add(b);
            now.add(n);
        }
        List<ReportBlock> six = blocks.computeIfAbsent(6, k -> new ArrayList<>());
        six.add(new ReportBlock.Table(Messages.get("annualReport.sheet.kinds"), Messages.get("annualReport.table.kinds"),
                List.of(Messages.get("annualReport.col.kind"), Messages.get("annualReport.col.kindName"),
                        Integer.toString(in.year() - 1), Integer.toString(in.year())), rows));
        six.add(new ReportBlock.Chart(Messages.get("annualReport.chart.kinds"), Messages.get("annualReport.axis.organizations"),
                categories, List.of(new ReportBlock.Series(Integer.toString(in.year() - 1), before),
                new ReportBlock.Series(Integer.toString(in.year()), now))));
    }

    /** §6: sites with scientific supervisors and the supervisors' affiliations. */
    private void supervisors(Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks) {
        int sites = 0;
        int supervised = 0;
        Map<Long, String> supervisorOrg = new HashMap<>();
        Map<Long, List<RegistryQueries.SiteRow>> perOrganization = in.sites().stream().filter(s -> s.overlaps(from, to))
                .collect(Collectors.groupingBy(RegistryQueries.SiteRow::organizationId));
        for (List<RegistryQueries.SiteRow> siteStatuses : perOrganization.values()) {
            sites++;
            boolean any = false;
            for (RegistryQueries.SiteRow s : siteStatuses) {
                if (s.supervisorId() != null) {
                    any = true;
                    supervisorOrg.put(s.supervisorId(), Objects.requireNonNullElse(s.supervisorOrganization(),
                            Messages.get("annualReport.affiliation.unknown")));
                }
            }
            if (any) {
                supervised++;
            }
        }
        figures.put(Placeholders.SITES, Integer.toString(sites));
        figures.put(Placeholders.SITES_SUPERVISED, Integer.toString(supervised));
        if (sites > 0) {
            figures.put(Placeholders.SITES_SUPERVISED_PERCENT, Long.toString((long) Math.floor(100.0 * supervised / sites)));
        }
        int total = supervisorOrg.size();
        figures.put(Placeholders.SUPERVISORS, Integer.toString(total));
        Map<String, Long> perOrg = supervisorOrg.values().stream()
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        List<Map.Entry<String, Long>> ranked = perOrg.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        List<String> top = new ArrayList<>();
        for (Map.Entry<String, Long> e : ranked) {
            long percent = Math.round(100.0 * e.getValue() / total);
            rows.add(List.of(e.getKey(), e.getValue(), percent));
            figures.put(Placeholders.SUPERVISORS_SHARE + e.getKey(), Long.toString(percent));
            if (top.size() < 2) {
                top.add(Messages.get("annualReport.affiliationShare", e.getKey(), percent));
            }
        }
        if (!top.isEmpty()) {
            figures.put(Placeholders.SUPERVISORS_TOP, String.join(", ", top));
        }
        blocks.computeIfAbsent(6, k -> new ArrayList<>()).add(new ReportBlock.Table(
                Messages.get("annualReport.sheet.supervisors"), Messages.get("annualReport.table.supervisors", sites, supervised),
                List.of(Messages.get("annualReport.col.affiliation"), Messages.get("annualReport.col.supervisors"),
                        Messages.get("annualReport.col.percent")), rows));
    }

    /** §7: the МСИП of the academic year starting in the report's year, per direction of that year. */
    private void msipPerDirection(Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks) {
        LocalDate start = LocalDate.of(in.year(), 9, 1);
        LocalDate end = LocalDate.of(in.year() + 1, 8, 31);
        Map<Long, List<String>> perDirection = new LinkedHashMap<>();
        for (RegistryQueries.SiteRow s : in.sites()) {
            if (s.kindCode().equals("MSIP") && s.directionId() != null && s.overlaps(start, end)) {
                List<String> names = perDirection.computeIfAbsent(s.directionId(), k -> new ArrayList<>());
                if (!names.contains(s.organization())) {
                    names.add(s.organization());
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        int withMsip = 0;
        int n = 0;
        for (Direction d : in.directions()) {
            List<String> names = perDirection.getOrDefault(d.id(), List.of()).stream().sorted(OverviewService.NATURAL).toList();
            n++;
            if (!names.isEmpty()) {
                withMsip++;
            }
            rows.add(List.of(n, d.title(), String.join(", ", names), names.size()));
        }
        figures.put(Placeholders.MSIP_DIRECTIONS, Integer.toString(withMsip));
        figures.put(Placeholders.DIRECTIONS, Integer.toString(in.directions().size()));
        blocks.computeIfAbsent(7, k -> new ArrayList<>()).add(new ReportBlock.Table(Messages.get("annualReport.sheet.msip"),
                Messages.get("annualReport.table.msip", in.year() + "–" + (in.year() + 1)),
                List.of(Messages.get("annualReport.col.no"), Messages.get("annualReport.col.direction"),
                        Messages.get("annualReport.col.msip"), Messages.get("annualReport.col.count")), rows));
    }
}
