package ru.knmc.innonet.registry.importing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.knmc.innonet.registry.OrgType;

/**
 * Input vocabulary (not UI text): the Russian words by which legacy lists name an organization's type and
 * kind. Word patterns ignore case and run on text with ё replaced by е; abbreviations are whole tokens, and
 * the two-letter ones count only in capitals, so that the preposition «до» is not read as «ДО».
 */
final class OrgTypeVocabulary {
    private static final String T0 = "(?<![\\p{L}\\p{N}])";
    private static final String T1 = "(?![\\p{L}\\p{N}])";

    /** Checked in order: the specific kinds first, «школа» (general) last, since «школа искусств» is УДО. */
    static final Map<OrgType, Pattern> NAME_PATTERNS = new LinkedHashMap<>();

    static {
        NAME_PATTERNS.put(OrgType.PRESCHOOL, Pattern.compile(
                "(?iU)детск\\S*\\s+сад|дошкольн|развития\\s+ребенка|д/с|ясли|" + T0 + "[а-я]*доу" + T1 + "|"
                        + abbreviations("ДОО", "ЦРР", "ДС")));
        NAME_PATTERNS.put(OrgType.ADDITIONAL, Pattern.compile(
                "(?iU)дополнительного\\s+образования|детского\\s+(?:и\\s+юношеского\\s+)?творчества|школа\\s+искусств"
                        + "|музыкальн\\S*\\s+школ|художественн\\S*\\s+школ|спортивн\\S*\\s+школ|юных\\s+(?:техников|натуралистов)"
                        + "|творческого\\s+развития|дом\\S*\\s+творчества|внешкольн|"
                        + abbreviations("ДО", "УДО", "ДДТ", "ДДЮТ", "ЦДТ", "ЦДО", "ДШИ", "ДМШ", "ДХШ", "СШ", "ДЮСШ",
                                "СДЮСШОР", "СШОР", "ЦТР", "СЮТ", "СЮН")));
        NAME_PATTERNS.put(OrgType.UNIVERSITY, Pattern.compile(
                "(?iU)университет|институт|академи[яи]|"
                        + abbreviations("ВО", "ВПО", "вуз", "КубГУ", "КубГАУ", "КубГТУ", "КубГМУ", "ИРО")));
        NAME_PATTERNS.put(OrgType.OTHER, Pattern.compile(
                "(?iU)музе[йя]|библиотек|дом\\S*\\s+культуры|союз|колледж|техникум|училищ|фонд|ассоциаци|методическ\\S*\\s+центр"
                        + "|" + abbreviations("КНМЦ", "ГБПОУ", "ГАПОУ", "ДК", "АНО", "ООО")));
        NAME_PATTERNS.put(OrgType.GENERAL, Pattern.compile(
                "(?iU)школ|гимнази|лице[йя]|общеобразовательн|кадетск|" + abbreviations("СОШ", "ООШ", "НОШ")));
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

    /** Short kind of an organization for its derived short name, found in its full name. */
    static final List<Map.Entry<Pattern, String>> KINDS = List.of(
            kind("средн\\S*\\s+общеобразовательн\\S*\\s+школ|СОШ", "СОШ"),
            kind("основн\\S*\\s+общеобразовательн\\S*\\s+школ|ООШ", "ООШ"),
            kind("начальн\\S*\\s+общеобразовательн\\S*\\s+школ|НОШ", "НОШ"),
            kind("развития\\s+ребенка|ЦРР", "ЦРР – детский сад"),
            kind("детск\\S*\\s+сад|д/с|(?-i:ДС)", "детский сад"),
            kind("прогимнази", "прогимназия"),
            kind("гимнази", "гимназия"),
            kind("лице[йя]", "лицей"),
            kind("дом\\S*\\s+детского\\s+творчества|ДДТ", "ДДТ"),
            kind("центр\\S*\\s+детского\\s+творчества|ЦДТ", "ЦДТ"),
            kind("центр\\S*\\s+дополнительного\\s+образования|ЦДО", "ЦДО"),
            kind("школа\\s+искусств|ДШИ", "ДШИ"),
            kind("спортивн\\S*\\s+школ|(?-i:СШ)", "СШ"),
            kind("центр\\S*\\s+творческого\\s+развития|ЦТР", "ЦТР"),
            kind("школ", "школа"));

    private OrgTypeVocabulary() {
    }

    /**
     * Abbreviations as whole tokens: three letters and more in any case («сош»), shorter ones only as written,
     * since «до», «во», «дк» are also ordinary Russian words.
     */
    private static String abbreviations(String... list) {
        String longOnes = Arrays.stream(list).filter(a -> a.length() >= 3).collect(Collectors.joining("|"));
        String shortOnes = Arrays.stream(list).filter(a -> a.length() < 3).collect(Collectors.joining("|"));
        String alternatives = Stream.of(longOnes.isEmpty() ? null : "(?i:" + longOnes + ")",
                shortOnes.isEmpty() ? null : "(?-i:" + shortOnes + ")").filter(Objects::nonNull)
                .collect(Collectors.joining("|"));
        return T0 + "(?:" + alternatives + ")" + T1;
    }

    private static void put(OrgType type, String... keys) {
        for (String k : keys) {
            TYPE_CELL.put(k.replaceAll("[^\\p{L}\\p{N}]", ""), type);
        }
    }

    private static Map.Entry<Pattern, String> kind(String regex, String kind) {
        return Map.entry(Pattern.compile("(?iU)" + T0 + "(?:" + regex + ")"), kind);
    }
}
