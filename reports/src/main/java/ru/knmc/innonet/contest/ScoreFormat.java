package ru.knmc.innonet.contest;

import ru.knmc.innonet.common.Messages;

/** Scores as the centre writes them: «15», «12,33». */
public final class ScoreFormat {
    private ScoreFormat() {
    }

    public static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Messages.RUSSIAN, "%.2f", v);
    }
}
