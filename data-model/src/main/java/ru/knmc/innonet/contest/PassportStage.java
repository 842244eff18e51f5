package ru.knmc.innonet.contest;

/** A row of the passport's point 11, «Механизм реализации инновации»: stage, dates, tasks, result. */
public record PassportStage(String title, String period, String tasks, String result) {
}
