package ru.knmc.innonet.registry.importing;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses a CSV's separator. Russian Excel writes «;», other programs «,» or tab. The separator that splits a
 * line into the most known headers wins; else the one most frequent in the first line. Addresses contain
 * commas, so counting commas over the whole file would mislead.
 */
final class SeparatorDetector {
    static final List<Character> CANDIDATES = List.of(';', '\t', ',');
    private static final int LINES = HeaderLocator.SEARCH_ROWS;

    private SeparatorDetector() {
    }

    static char detect(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(LINES).toList();
        if (lines.isEmpty()) {
            return ';';
        }
        char best = 0;
        int bestKnown = HeaderLocator.MIN_KNOWN - 1;
        for (char sep : CANDIDATES) {
            for (String line : lines) {
                int known = ColumnMatcher.countKnown(split(line, sep));
                if (known > bestKnown) {
                    bestKnown = known;
                    best = sep;
                }
            }
        }
        if (best != 0) {
            return best;
        }
        char mostFrequent = ';';
        long most = 0;
        for (char sep : CANDIDATES) {
            long n = lines.get(0).chars().filter(c -> c == sep).count();
            if (n > most) {
                most = n;
                mostFrequent = sep;
            }
        }
        return mostFrequent;
    }

    /** A rough split for guessing only (quotes ignored); the real parsing is commons-csv's. */
    private static List<String> split(String line, char sep) {
        return Arrays.stream(line.split(Pattern.quote(String.valueOf(sep)), -1))
                .map(s -> Normalizer.text(s.replace("\"", ""))).toList();
    }
}
