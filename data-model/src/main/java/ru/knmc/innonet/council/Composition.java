package ru.knmc.innonet.council;

import java.util.List;
import java.util.Optional;
import ru.knmc.innonet.common.AcademicYear;

/** The council's composition for an academic year, approved by an order. */
public record Composition(Long id, AcademicYear year, Long orderId, List<CouncilMember> members, int version) {

    public Composition {
        members = List.copyOf(members);
    }

    public Optional<CouncilMember> first(CouncilRole role) {
        return members.stream().filter(m -> m.role() == role).findFirst();
    }
}
