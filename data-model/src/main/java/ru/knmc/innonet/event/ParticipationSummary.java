package ru.knmc.innonet.event;

import java.util.List;
import java.util.Map;

/**
 * An event's participants: from its named list when it has one (distinct persons; duplicates listed), else
 * from the entered counts. The maps are ordered by name and hold names, not ids; {@code byMunicipalityId} holds the
 * same municipality figures by the registry's id (names repeat across regions), without the persons of no municipality.
 */
public record ParticipationSummary(int total, boolean fromList, Map<String, Integer> byCategory,
                                   Map<String, Integer> byMunicipality, Map<String, Integer> byOrganization,
                                   List<String> duplicates, Map<Long, Integer> byMunicipalityId) {

    /** Participants from the municipality: the persons of the list from it, or its entered count; 0 when none. */
    public int fromMunicipality(long municipalityId) {
        return byMunicipalityId.getOrDefault(municipalityId, 0);
    }
}
