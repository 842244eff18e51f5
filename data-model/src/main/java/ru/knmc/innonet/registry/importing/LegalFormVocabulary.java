package ru.knmc.innonet.registry.importing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.knmc.innonet.registry.OrgType;

/**
 * Input vocabulary: legal forms (МБОУ, МАДОУ, МБУ ДО, ФГБОУ ВО…) as abbreviations or spelled out in a full
 * name («муниципальное бюджетное общеобразовательное учреждение» → МБОУ).
 */
@ru.knmc.innonet.common.InputVocabulary
final class LegalFormVocabulary {
    private static final String[] ABBREVIATIONS = {
        "ФГБОУ ВО", "ФГАОУ ВО", "ФГБОУ ВПО", "ГБОУ ДПО", "ГАОУ ДПО", "ГБОУ ДО", "ГБУ ДО", "МБОУ ДО", "МАОУ ДО",
        "МКОУ ДО", "МБУ ДО", "МАУ ДО", "МКУ ДО", "ЧУ ДО", "АНО ДО", "ЧОУ ДО", "ФГБОУ", "ФГАОУ", "ГБПОУ", "ГАПОУ",
        "ГБОУ", "ГАОУ", "ГКОУ", "ГБДОУ", "МБДОУ", "МАДОУ", "МКДОУ", "МДОУ", "НДОУ", "ЧДОУ", "МБОУ", "МАОУ",
        "МКОУ", "МОУ", "НОУ", "ЧОУ", "ФГБУ", "МБУ", "МАУ", "МКУ", "ГБУ", "ГКУ", "ГАУ", "АНО", "ЧУ"};

    /**
     * Longest first, so that «МБУ ДО» wins over «МБУ»; a space inside may be any run of spaces. Matched on the
     * lower-cased text (any case, «мбоу»), but a two-letter part («ЧУ», «ДО») only in capitals: see
     * {@link #abbreviation}.
     */
    private static final Pattern ABBREVIATION = Pattern.compile("(?U)(?<![\\p{L}\\p{N}])("
            + Arrays.stream(ABBREVIATIONS).sorted(Comparator.comparingInt(String::length).reversed())
                    .map(a -> a.toLowerCase(Locale.ROOT).replace(" ", "\\s+")).collect(Collectors.joining("|"))
            + ")(?![\\p{L}\\p{N}])");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Matched on the lower-cased text. */
    private static final Pattern SPELLED = Pattern.compile("(?U)(?<!\\p{L})(федеральн\\S*\\s+государственн\\S*|государственн\\S*"
            + "|муниципальн\\S*|частн\\S*|негосударственн\\S*)\\s+(?:(бюджетн\\S*|автономн\\S*|казенн\\S*)\\s+)?"
            + "(?:(дошкольн\\S*)\\s+)?(?:(профессиональн\\S*)\\s+)?(?:(общеобразовательн\\S*|образовательн\\S*)\\s+)?"
            + "учреждени\\S*(?:\\s+(дополнительного\\s+профессионального|дополнительного|высшего\\s+профессионального"
            + "|высшего)\\s+образования)?");

    private LegalFormVocabulary() {
    }

    /** The first legal-form abbreviation in {@code text}, spaces unified, or null. */
    static String abbreviation(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return null;
        }
        Matcher m = ABBREVIATION.matcher(lower);
        while (m.find()) {
            String found = SPACES.matcher(text.substring(m.start(1), m.end(1))).replaceAll(" ");
            // «ДО» after «МБУ» must be capitals too: «мбу до 3 лет» is not «МБУ ДО».
            String[] parts = found.split(" ");
            boolean capitalsWhereShort = Arrays.stream(parts)
                    .allMatch(p -> p.length() >= 3 || p.equals(p.toUpperCase(Locale.ROOT)));
            if (capitalsWhereShort) {
                return found.toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The abbreviation of a spelled-out legal form in {@code text} (ё already replaced by е), or null. */
    static String spelledOut(String text) {
        Matcher m = SPELLED.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        String owner = m.group(1);
        sb.append(owner.startsWith("федеральн") ? "ФГ" : owner.startsWith("государств") ? "Г"
                : owner.startsWith("муниц") ? "М" : owner.startsWith("частн") ? "Ч" : "Н");
        if (m.group(2) != null) {
            sb.append(Character.toUpperCase(m.group(2).charAt(0)));
        }
        if (m.group(3) != null) {
            sb.append('Д');
        }
        if (m.group(4) != null) {
            sb.append('П');
        }
        if (m.group(5) != null) {
            sb.append('О');
        }
        sb.append('У');
        if (m.group(6) != null) {
            String level = SPACES.matcher(m.group(6)).replaceAll(" ");
            sb.append(switch (level) {
                case "дополнительного профессионального" -> " ДПО";
                case "дополнительного" -> " ДО";
                case "высшего профессионального" -> " ВПО";
                default -> " ВО";
            });
        }
        return sb.toString();
    }

    /** The type a legal form implies when the name has no kind word: МБДОУ preschool, МБУ ДО additional… */
    static OrgType typeOf(String legalForm) {
        if (legalForm.endsWith("ДОУ")) {
            return OrgType.PRESCHOOL;
        }
        if (legalForm.endsWith(" ДО")) {
            return OrgType.ADDITIONAL;
        }
        if (legalForm.endsWith(" ВО") || legalForm.endsWith(" ВПО")) {
            return OrgType.UNIVERSITY;
        }
        return legalForm.endsWith("ОУ") ? OrgType.GENERAL : OrgType.OTHER;
    }
}
