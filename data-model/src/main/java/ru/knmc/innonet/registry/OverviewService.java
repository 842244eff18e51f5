package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ru.knmc.innonet.common.AcademicYear;

/** Builds the {@link Overview} of a year from the registry. */
public final class OverviewService {
    /** «ДС № 9» before «ДС № 31» before «ДС № 100»: numbers inside names compare as numbers. */
    public static final java.util.Comparator<String> NATURAL = (a, b) -> {
        String pa = a.replaceAll("\\d+", ""), pb = b.replaceAll("\\d+", "");
        int c = pa.compareTo(pb);
        if (c != 0) {
            return c;
        }
        return Long.compare(firstNumber(a), firstNumber(b));
    };

    private static long firstNumber(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{1,15}").matcher(s);
        return m.find() ? Long.parseLong(m.group()) : -1;
    }

    private final ReferenceService reference;
    private final RegistryQueryService query;

    public OverviewService(ReferenceService reference, RegistryQueryService query) {
        this.reference = reference;
        this.query = query;
    }

    public Overview overview(AcademicYear year, Municipality municipality) {
        return build(year, municipality, query.load(), reference.directions(year), reference.statusKinds(),
                Map.of(year.startYear(), reference.totals(municipality.id(), year.startYear()),
                        year.startYear() + 1, reference.totals(municipality.id(), year.startYear() + 1)));
    }

    /** Pure: the same figures from the same data, for tests and for the export. */
    public static Overview build(AcademicYear year, Municipality municipality, List<RegistryEntry> entries,
                                 List<Direction> directions, List<StatusKind> kinds,
                                 Map<Integer, Map<OrgType, Integer>> totals) {
        List<OrgType> types = List.of(OrgType.PRESCHOOL, OrgType.GENERAL, OrgType.ADDITIONAL, OrgType.UNIVERSITY, OrgType.OTHER);
        Map<Long, Map<OrgType, List<String>>> cells = new LinkedHashMap<>();
        for (Direction d : directions) {
            Map<OrgType, List<String>> row = new EnumMap<>(OrgType.class);
            for (RegistryEntry e : entries) {
                boolean works = e.statuses().stream().anyMatch(s -> d.id().equals(s.directionId())
                        && s.overlaps(year.start(), year.end()));
                if (works) {
                    row.computeIfAbsent(e.organization().type(), t -> new ArrayList<>()).add(e.organization().shortName());
                }
            }
            row.values().forEach(names -> names.sort(NATURAL));
            cells.put(d.id(), row);
        }
        List<Overview.KindCount> perKind = new ArrayList<>();
        for (StatusKind k : kinds) {
            long n = entries.stream().filter(e -> e.statuses().stream()
                    .anyMatch(s -> s.kindId() == k.id() && s.overlaps(year.start(), year.end()))).count();
            perKind.add(new Overview.KindCount(k, (int) n));
        }
        List<Overview.Share> shares = new ArrayList<>();
        for (int y : new TreeSet<>(totals.keySet())) {
            shares.add(share(y, municipality.id(), entries, totals.get(y)));
        }
        return new Overview(year, municipality.name(), directions, types, cells, perKind, shares);
    }

    /**
     * Share of the municipality's educational organizations (preschool, general, additional) that hold
     * any status during calendar year {@code y}.
     */
    public static Overview.Share share(int y, long municipalityId, List<RegistryEntry> entries, Map<OrgType, Integer> totals) {
        LocalDate from = LocalDate.of(y, 1, 1);
        LocalDate to = LocalDate.of(y, 12, 31);
        int in = (int) entries.stream()
                .filter(e -> e.organization().municipalityId() == municipalityId && e.organization().type().isEducational())
                .filter(e -> e.statuses().stream().anyMatch(s -> s.overlaps(from, to)))
                .count();
        int total = totals.entrySet().stream().filter(t -> t.getKey().isEducational()).mapToInt(Map.Entry::getValue).sum();
        return new Overview.Share(y, in, total);
    }
}
