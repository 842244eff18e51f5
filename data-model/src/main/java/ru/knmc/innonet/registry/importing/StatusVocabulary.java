package ru.knmc.innonet.registry.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Input vocabulary: how lists name a status, mapped to status_kind codes (V1__registry.sql). Checked in
 * order, so the candidate and the network site come before the plain municipal site they contain.
 */
@ru.knmc.innonet.common.InputVocabulary
final class StatusVocabulary {
    private static final List<Map.Entry<Pattern, String>> STATUSES = List.of(
            status("кандидат\\S*.*(?:мсип|сетев)", "MSIP_CANDIDATE"),
            status("\\bмсип\\b|муниципальн\\S*\\s+сетев\\S*\\s+инновационн", "MSIP"),
            status("\\bмип\\b|муниципальн\\S*\\s+инновационн", "MIP"),
            status("\\bкип\\b|\\bрип\\b|краев\\S*\\s+инновационн|регионал\\S*\\s+инновационн", "KIP"),
            status("\\bфип\\b|федеральн\\S*\\s+инновационн", "FIP"),
            status("пилотн", "PILOT"),
            status("партнерск", "PARTNER"),
            status("\\bкрц\\b|краев\\S*\\s+ресурсн", "KRC"),
            status("\\bмрц\\b|межрегиональн\\S*\\s+ресурсн", "MRC"),
            status("\\bлсв\\b|лидер\\S*\\s+сетев", "LSV"),
            status("стажировочн", "INTERN"),
            status("\\bппо\\b|передов\\S*\\s+педагогическ", "PPO"));
    private static final Pattern CODE = Pattern.compile(
            "MIP|MSIP|KIP|FIP|PILOT|PARTNER|KRC|MRC|LSV|INTERN|PPO|MSIP_CANDIDATE");

    private StatusVocabulary() {
    }

    static Optional<String> code(String text) {
        String t = Normalizer.text(text);
        if (CODE.matcher(t.toUpperCase(Locale.ROOT)).matches()) {
            return Optional.of(t.toUpperCase(Locale.ROOT));
        }
        String lower = t.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return STATUSES.stream().filter(e -> e.getKey().matcher(lower).find()).map(Map.Entry::getValue).findFirst();
    }

    private static Map.Entry<Pattern, String> status(String regex, String code) {
        return Map.entry(Pattern.compile("(?U)" + regex), code);
    }
}
