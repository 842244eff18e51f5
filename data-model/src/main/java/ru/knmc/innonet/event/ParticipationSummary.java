package ru.knmc.innonet.event;

import java.util.List;
import java.util.Map;

/**
 * An event's participants: from its named list when it has one (distinct persons; duplicates listed), else
 * from the entered counts. The maps are ordered by name and hold names, not ids.
 */
public record ParticipationSummary(int total, boolean fromList, Map<String, Integer> byCategory,
                                   Map<String, Integer> byMunicipality, Map<String, Integer> byOrganization,
                                   List<String> duplicates) {
}
