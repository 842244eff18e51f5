package ru.knmc.innonet.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A row of the registry table: an organization with its municipality and status history. */
public record RegistryEntry(Organization organization, String municipality, List<StatusBrief> statuses,
                            String searchText) {

    /** Statuses in force on {@code date} (all of them when the date is null), newest first. */
    public List<StatusBrief> statusesOn(LocalDate date) {
        if (date == null) {
            return latestPerKind();
        }
        return statuses.stream().filter(s -> s.activeOn(date))
                .sorted(Comparator.comparing(StatusBrief::startDate).reversed()).collect(Collectors.toList());
    }

    private List<StatusBrief> latestPerKind() {
        return statuses.stream()
                .collect(Collectors.toMap(StatusBrief::kindId, s -> s,
                        (a, b) -> a.startDate().isAfter(b.startDate()) ? a : b, java.util.LinkedHashMap::new))
                .values().stream().sorted(Comparator.comparing(StatusBrief::startDate).reversed())
                .collect(Collectors.toList());
    }

    public Optional<StatusBrief> mainStatusOn(LocalDate date) {
        return statusesOn(date).stream().findFirst();
    }

    public String statusNamesOn(LocalDate date) {
        return statusesOn(date).stream().map(StatusBrief::kindShortName).distinct().collect(Collectors.joining(", "));
    }

    public String topicsOn(LocalDate date) {
        return statusesOn(date).stream().map(StatusBrief::projectTopic).filter(t -> t != null && !t.isBlank())
                .distinct().collect(Collectors.joining("; "));
    }

    public String directionsOn(LocalDate date) {
        return statusesOn(date).stream().map(StatusBrief::directionTitle).filter(t -> t != null && !t.isBlank())
                .distinct().collect(Collectors.joining("; "));
    }

    public String supervisorsOn(LocalDate date) {
        return statusesOn(date).stream().map(StatusBrief::supervisorName).filter(t -> t != null && !t.isBlank())
                .distinct().collect(Collectors.joining("; "));
    }

    public String periodOn(LocalDate date) {
        return statusesOn(date).stream().findFirst()
                .map(s -> ru.knmc.innonet.common.Dates.format(s.startDate()) + " – " + ru.knmc.innonet.common.Dates.format(s.endDate()))
                .orElse("");
    }
}
