package ru.knmc.innonet.contest;

import java.util.List;

/** The experts of a subsystem for an academic year, with a chair; {@code subsystem} null is the expert council. */
public record ExpertGroup(Long id, int academicYear, Subsystem subsystem, Long chairId, List<Long> memberIds,
                          int version) {
    public ExpertGroup {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    public boolean isCouncil() {
        return subsystem == null;
    }
}
