package ru.knmc.innonet.contest;

/** One item of the formal check with its result and, when failed, the reason the applicant reads. */
public record FormalCheck(FormalItem item, boolean passed, String reason) {
}
