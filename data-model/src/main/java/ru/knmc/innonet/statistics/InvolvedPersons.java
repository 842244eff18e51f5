package ru.knmc.innonet.statistics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Persons named by an {@link InvolvementSource}, each counted once per organization. */
public final class InvolvedPersons {
    private final Map<Long, Set<Object>> persons = new HashMap<>();

    /** Adds a person (an id or a normalised name) of an organization; a person of no organization is not counted. */
    public void add(Long organizationId, Object person) {
        if (organizationId != null && person != null) {
            persons.computeIfAbsent(organizationId, k -> new HashSet<>()).add(person);
        }
    }

    /** Distinct persons by organization id. */
    public Map<Long, Integer> counts() {
        Map<Long, Integer> out = new HashMap<>();
        persons.forEach((org, set) -> out.put(org, set.size()));
        return out;
    }
}
