package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What the registry table shows: a search text and the filters. Pure: the view model runs it off the
 * FX thread over a loaded snapshot.
 *
 * @param activeOn only organizations with a status (of {@code statusKindId} and {@code directionId}
 *                 when given) in force on this date; null: any time
 */
public record RegistryFilter(String search, OrgType type, Long municipalityId, Long statusKindId, Long directionId,
                             LocalDate activeOn, boolean includeArchived) {

    public static RegistryFilter none() {
        return new RegistryFilter("", null, null, null, null, null, false);
    }

    public List<RegistryEntry> apply(List<RegistryEntry> entries) {
        RegistrySearch query = RegistrySearch.parse(search);
        return entries.stream().filter(e -> matches(e, query)).toList();
    }

    boolean matches(RegistryEntry e, RegistrySearch query) {
        Organization o = e.organization();
        if (!includeArchived && o.archived()) {
            return false;
        }
        if (type != null && o.type() != type) {
            return false;
        }
        if (municipalityId != null && !municipalityId.equals(o.municipalityId())) {
            return false;
        }
        if (statusKindId != null || directionId != null || activeOn != null) {
            boolean any = e.statuses().stream().anyMatch(s ->
                    (statusKindId == null || s.kindId() == statusKindId)
                            && (directionId == null || directionId.equals(s.directionId()))
                            && (activeOn == null || s.activeOn(activeOn)));
            if (!any) {
                return false;
            }
        }
        return query.matches(e);
    }
}
