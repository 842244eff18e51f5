package ru.knmc.innonet.contest;

import java.time.LocalDate;

/** A stage of a contest with its dates; the public defense may be dated per subsystem. */
public record ContestStage(Long id, long contestId, StageKind kind, Subsystem subsystem, LocalDate start,
                           LocalDate end, boolean done, int version) {
}
