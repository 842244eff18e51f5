package ru.knmc.innonet.registry.importing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.knmc.innonet.registry.OrgType;

/**
 * Input vocabulary (not UI text): the Russian words by which legacy lists name an organization's type and
 * kind. Patterns run on text with ё replaced by е; abbreviations are whole tokens.
 */
@ru.knmc.innonet.common.InputVocabulary
final class OrgTypeVocabulary {
    private static final String T0 = "(?<![\\p{L}\\p{N}])";
    private static final String T1 = "(?![\\p{L}\\p{N}])";

    /**
     * The words and abbreviations of one type. For speed, {@code lower} runs on the lower-cased text (words and
     * abbreviations of three letters and more); {@code exact} on the text as written (two-letter abbreviations,
     * which count only in capitals since «до», «во», «дк» are also ordinary Russian words).
     */
    record Words(Pattern lower, Pattern exact) {
        boolean foundIn(String lowerText, String text) {
            return lower.matcher(lowerText).find() || (exact != null && exact.matcher(text).find());
        }
    }

    /** Checked in order: the specific kinds first, «школа» (general) last, since «школа искусств» is УДО. */
    static final Map<OrgType, Words> NAME_PATTERNS = new LinkedHashMap<>();

    static {
        NAME_PATTERNS.put(OrgType.PRESCHOOL, words("детск\\S*\\s+сад|дошкольн|развития\\s+ребенка|д/с|ясли|" + "доу" + T1,
                "ДОО", "ЦРР", "ДС"));
        NAME_PATTERNS.put(OrgType.ADDITIONAL, words("дополнительного\\s+образования|детского\\s+(?:и\\s+юношеского\\s+)?творчества"
                + "|школа\\s+искусств|музыкальн\\S*\\s+школ|художественн\\S*\\s+школ|спортивн\\S*\\s+школ"
                + "|юных\\s+(?:техников|натуралистов)|творческого\\s+развития|дом\\S*\\s+творчества|внешкольн",
                "ДО", "УДО", "ДДТ", "ДДЮТ", "ЦДТ", "ЦДО", "ДШИ", "ДМШ", "ДХШ", "СШ", "ДЮСШ", "СДЮСШОР", "СШОР", "ЦТР", "СЮТ",
                "СЮН"));
        NAME_PATTERNS.put(OrgType.UNIVERSITY, words("университет|институт|академи[яи]",
                "ВО", "ВПО", "ВУЗ", "КубГУ", "КубГАУ", "КубГТУ", "КубГМУ", "ИРО"));
        NAME_PATTERNS.put(OrgType.OTHER, words("музе[йя]|библиотек|дом\\S*\\s+культуры|союз|колледж|техникум|училищ|фонд"
                + "|ассоциаци|методическ\\S*\\s+центр", "КНМЦ", "ГБПОУ", "ГАПОУ", "ДК", "АНО", "ООО"));
        NAME_PATTERNS.put(OrgType.GENERAL, words("школ|гимнази|лице[йя]|общеобразовательн|кадетск", "СОШ", "ООШ", "НОШ"));
    }

    /** Whole-cell answers in a «Тип» column, as keys (lower case, letters and digits only). */
    static final Map<String, OrgType> TYPE_CELL = new LinkedHashMap<>();

    static {
        put(OrgType.PRESCHOOL, "доо", "доу", "мдоу", "дс", "дошкольная", "дошкольное", "дошкольные", "детский сад",
                "детские сады", "дошкольная организация", "дошкольное образование", "дошкольное образовательное учреждение");
        put(OrgType.GENERAL, "оо", "оу", "моу", "школа", "школы", "сош", "оош", "нош", "гимназия", "лицей",
                "общеобразовательная", "общеобразовательное", "общее", "общее образование",
                "общеобразовательная организация", "общеобразовательное учреждение", "оо общего образования");
        put(OrgType.ADDITIONAL, "удо", "до", "оудо", "оодо", "дополнительное", "дополнительное образование",
                "дополнительного образования", "организация дополнительного образования", "учреждение дополнительного образования",
                "ддт", "цдо", "цдт", "дши", "сш", "цтр");
        put(OrgType.UNIVERSITY, "вуз", "вузы", "во", "университет", "институт", "академия", "высшее",
                "высшее образование", "образовательная организация высшего образования");
        put(OrgType.OTHER, "другая", "другое", "другие", "иная", "иное", "иные", "прочая", "прочее", "прочие",
                "партнер", "партнеры", "иная организация", "другая организация");
    }

    /** Short kind of an organization for its derived short name, found in its full name; checked in order. */
    static final List<Map.Entry<Words, String>> KINDS = List.of(
            kind("средн\\S*\\s+общеобразовательн\\S*\\s+школ", "СОШ", "СОШ"),
            kind("основн\\S*\\s+общеобразовательн\\S*\\s+школ", "ООШ", "ООШ"),
            kind("начальн\\S*\\s+общеобразовательн\\S*\\s+школ", "НОШ", "НОШ"),
            kind("развития\\s+ребенка", "ЦРР – детский сад", "ЦРР"),
            kind("детск\\S*\\s+сад|д/с", "детский сад", "ДС"),
            kind("прогимнази", "прогимназия"),
            kind("гимнази", "гимназия"),
            kind("лице[йя]", "лицей"),
            kind("дом\\S*\\s+детского\\s+творчества", "ДДТ", "ДДТ"),
            kind("центр\\S*\\s+детского\\s+творчества", "ЦДТ", "ЦДТ"),
            kind("центр\\S*\\s+дополнительного\\s+образования", "ЦДО", "ЦДО"),
            kind("школа\\s+искусств", "ДШИ", "ДШИ"),
            kind("спортивн\\S*\\s+школ", "СШ", "СШ"),
            kind("центр\\S*\\s+творческого\\s+развития", "ЦТР", "ЦТР"),
            kind("школ", "школа"));

    private OrgTypeVocabulary() {
    }

    /** Words (lower case) plus abbreviations as whole tokens, split into the two patterns of {@link Words}. */
    private static Words words(String lowerWords, String... abbreviations) {
        String longOnes = Arrays.stream(abbreviations).filter(a -> a.length() >= 3).map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
        String shortOnes = Arrays.stream(abbreviations).filter(a -> a.length() < 3).collect(Collectors.joining("|"));
        String lower = lowerWords + (longOnes.isEmpty() ? "" : "|" + T0 + "(?:" + longOnes + ")" + T1);
        return new Words(Pattern.compile(lower), shortOnes.isEmpty() ? null
                : Pattern.compile(T0 + "(?:" + shortOnes + ")" + T1));
    }

    private static void put(OrgType type, String... keys) {
        for (String k : keys) {
            TYPE_CELL.put(k.replaceAll("[^\\p{L}\\p{N}]", ""), type);
        }
    }

    private static Map.Entry<Words, String> kind(String lowerWords, String kind, String... abbreviations) {
        Words w = words(lowerWords, abbreviations);
        // A kind's words start a word: «школ» must not match inside «дошкольного».
        return Map.entry(new Words(Pattern.compile(T0 + "(?:" + w.lower().pattern() + ")"), w.exact()), kind);
    }
}
