package ru.knmc.innonet.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.RegistryEntry;
import ru.knmc.innonet.registry.RegistryQueryService;
import ru.knmc.innonet.registry.StatusBrief;
import ru.knmc.innonet.registry.StatusKind;

/**
 * The registry's figures of section 6 of the annual report, per year for the charts: educational organizations per
 * status kind, innovation sites (МИП, МСИП, КИП, ФИП, pilot) and those with a scientific supervisor, and the
 * supervisors' affiliations. A municipality id null counts every municipality.
 */
public final class SiteFigures {
    /** The kinds that make an organization an innovation site (partner and regional statuses do not). */
    public static final Set<String> SITE_KINDS = Set.of("MIP", "MSIP", "KIP", "FIP", "PILOT");
    private final RegistryQueryService registry;
    private final ReferenceService reference;

    public SiteFigures(DSLContext dsl) {
        this.registry = new RegistryQueryService(dsl);
        this.reference = new ReferenceService(dsl);
    }

    /** Sites of a year and how many of them have a scientific supervisor. */
    public record Supervision(int year, int sites, int supervised) {
        /** The share with a supervisor in percent, one decimal; null without sites. */
        public BigDecimal percent() {
            return sites == 0 ? null
                    : BigDecimal.valueOf(supervised * 100L).divide(BigDecimal.valueOf(sites), 1, RoundingMode.HALF_UP);
        }
    }

    private List<RegistryEntry> counted(Long municipalityId) {
        return registry.load().stream().filter(e -> e.organization().type().isEducational()
                && (municipalityId == null || e.organization().municipalityId() == municipalityId)).toList();
    }

    private static boolean has(RegistryEntry e, String code, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return e.statuses().stream().anyMatch(s -> s.kindCode().equals(code) && s.overlaps(from, to));
    }

    /** Organizations per status kind (its short name) and year, in the kinds' order; kinds with none are left out. */
    public Map<String, Map<Integer, Integer>> perKind(int from, int to, Long municipalityId) {
        List<RegistryEntry> counted = counted(municipalityId);
        Map<String, Map<Integer, Integer>> out = new LinkedHashMap<>();
        for (StatusKind k : reference.statusKinds()) {
            Map<Integer, Integer> years = new LinkedHashMap<>();
            int any = 0;
            for (int y = from; y <= to; y++) {
                int year = y;
                int n = (int) counted.stream().filter(e -> has(e, k.code(), year)).count();
                years.put(y, n);
                any += n;
            }
            if (any > 0) {
                out.put(k.shortName(), years);
            }
        }
        return out;
    }

    private static List<StatusBrief> siteStatuses(RegistryEntry e, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return e.statuses().stream().filter(s -> SITE_KINDS.contains(s.kindCode()) && s.overlaps(from, to)).toList();
    }

    public List<Supervision> supervision(int from, int to, Long municipalityId) {
        List<RegistryEntry> counted = counted(municipalityId);
        List<Supervision> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            int sites = 0;
            int supervised = 0;
            for (RegistryEntry e : counted) {
                List<StatusBrief> s = siteStatuses(e, y);
                if (!s.isEmpty()) {
                    sites++;
                    if (s.stream().anyMatch(b -> b.supervisorId() != null)) {
                        supervised++;
                    }
                }
            }
            out.add(new Supervision(y, sites, supervised));
        }
        return out;
    }

    /** The year's distinct supervisors of sites by the organization they work at, most first. */
    public Map<String, Integer> supervisorsByAffiliation(int year, Long municipalityId) {
        Map<Long, String> affiliation = new HashMap<>();
        for (RegistryEntry e : counted(municipalityId)) {
            for (StatusBrief s : siteStatuses(e, year)) {
                if (s.supervisorId() != null) {
                    affiliation.put(s.supervisorId(), Objects.requireNonNullElse(s.supervisorOrganization(),
                            Messages.get("annualReport.affiliation.unknown")));
                }
            }
        }
        Map<String, Integer> counts = affiliation.values().stream()
                .collect(Collectors.groupingBy(a -> a, TreeMap::new, Collectors.summingInt(a -> 1)));
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(x -> out.put(x.getKey(), x.getValue()));
        return out;
    }
}
