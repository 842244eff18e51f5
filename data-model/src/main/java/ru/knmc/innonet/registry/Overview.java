package ru.knmc.innonet.registry;

import java.util.List;
import java.util.Map;
import ru.knmc.innonet.common.AcademicYear;

/**
 * The infrastructure for an academic year, as the slide «Общая инновационная инфраструктура» shows it.
 *
 * @param cells    per direction, per type, the organizations working in it
 * @param perKind  distinct organizations per status kind in the year
 * @param shares   per calendar year of the academic year, the share of the municipality's organizations
 */
public record Overview(AcademicYear year, String municipality, List<Direction> directions, List<OrgType> types,
                       Map<Long, Map<OrgType, List<String>>> cells, List<KindCount> perKind, List<Share> shares) {

    public record KindCount(StatusKind kind, int organizations) {
    }

    /** {@code inInfrastructure} of {@code total} educational organizations in {@code year}; total 0 when unknown. */
    public record Share(int year, int inInfrastructure, int total) {
        public double percent() {
            return total == 0 ? 0 : 100.0 * inInfrastructure / total;
        }
    }

    public List<String> cell(Direction d, OrgType t) {
        return cells.getOrDefault(d.id(), Map.of()).getOrDefault(t, List.of());
    }
}
