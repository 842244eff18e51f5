package ru.knmc.innonet.network;

import java.time.LocalDate;

/** A member without an agreement ({@code NONE}) or whose agreements expired on {@code expiredOn}. */
public record AgreementWarning(long organizationId, Kind kind, LocalDate expiredOn) {
    public enum Kind { NONE, EXPIRED }
}
