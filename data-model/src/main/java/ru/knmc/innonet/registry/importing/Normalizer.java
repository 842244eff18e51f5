package ru.knmc.innonet.registry.importing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.knmc.innonet.registry.OrgType;

/**
 * Turns the cells of legacy lists into clean values. Pure static functions; each returns empty when the text
 * cannot be understood, so that the caller can say which row and column to fix.
 */
@ru.knmc.innonet.common.InputVocabulary
public final class Normalizer {
    private static final Pattern QUOTES = Pattern.compile("[«»\"“”„'`]");
    private static final Pattern NOT_WORD = Pattern.compile("(?U)[^\\p{L}\\p{N}№]+");
    private static final Pattern NUMBER_SIGN = Pattern.compile("№\\s*");
    private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("(?U)[^\\p{L}\\p{N}]");
    private static final Pattern OUTER_QUOTES = Pattern.compile("^[«\"]|[»\"]$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NUMBER_IN_NAME = Pattern.compile("№\\s*(\\d+(?:[/-]\\d+)?[а-яА-Я]?)(?![\\p{L}\\p{N}])");
    private static final Pattern NUMBER = Pattern.compile("(?U)\\d+(?:[/-]\\d+)?\\p{L}?|\\p{L}?\\d+");
    private static final Pattern WHOLE_DECIMAL = Pattern.compile("(\\d+)[.,]0+");
    private static final Pattern MUNICIPALITY_PREFIX = Pattern.compile(
            "(?iU)^(?:муниципальн\\S*\\s+образовани\\S*|МО)\\s+");
    private static final Pattern CITY_PREFIX = Pattern.compile(
            "(?iU)^(?:городской\\s+округ|город-курорт|город-герой|город|г\\.\\s*|г\\s+)\\s*");
    /** A quoted own name at the end of a name: «Солнышко», "Родник". */
    private static final Pattern OWN_NAME = Pattern.compile("[«\"“„]([^«»\"“”„]+)[»\"”“]");
    private static final Pattern EMAIL = Pattern.compile("(?U)[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    private Normalizer() {
    }

    /** Trimmed, NBSP and line breaks as spaces, runs of spaces as one; null becomes "". */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        // A loop, not a regex: this runs for every cell of every row.
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** «№23», «№ 23», «23.0», « 23 » → «23»; empty when the cell is empty or not a number. */
    public static Optional<String> number(String cell) {
        String t = text(cell).replaceFirst("^№\\s*", "");
        Matcher whole = WHOLE_DECIMAL.matcher(t);
        if (whole.matches()) {
            t = whole.group(1);
        }
        return NUMBER.matcher(t).matches() ? Optional.of(t) : Optional.empty();
    }

    /** The number after «№» in a name: «МБОУ СОШ № 23» → «23». */
    public static Optional<String> numberFromName(String name) {
        Matcher m = NUMBER_IN_NAME.matcher(text(name));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** «г. Краснодар», «МО г. Краснодар», «муниципальное образование город Краснодар» → «Краснодар». */
    public static String municipality(String cell) {
        String t = OUTER_QUOTES.matcher(text(cell)).replaceAll("");
        t = MUNICIPALITY_PREFIX.matcher(t).replaceFirst("");
        return CITY_PREFIX.matcher(t).replaceFirst("").trim();
    }

    /** The type named in a «Тип» cell («ДОО», «СОШ», «УДО», «вуз»…), else inferred as from a name. */
    public static Optional<OrgType> orgType(String cell) {
        String t = text(cell);
        OrgType exact = OrgTypeVocabulary.TYPE_CELL.get(key(t));
        if (exact != null) {
            return Optional.of(exact);
        }
        for (OrgType type : OrgType.values()) {
            if (key(type.displayName()).equals(key(t)) || type.name().equalsIgnoreCase(t)) {
                return Optional.of(type);
            }
        }
        return orgTypeFromName(t);
    }

    /** The type an organization's name implies: its kind words first, then its legal form. */
    public static Optional<OrgType> orgTypeFromName(String name) {
        String t = text(name).replace('ё', 'е').replace('Ё', 'Е');
        String lower = t.toLowerCase(Locale.ROOT);
        for (Map.Entry<OrgType, OrgTypeVocabulary.Words> e : OrgTypeVocabulary.NAME_PATTERNS.entrySet()) {
            if (e.getValue().foundIn(lower, t)) {
                return Optional.of(e.getKey());
            }
        }
        return legalForm(t).map(LegalFormVocabulary::typeOf);
    }

    /** «МБОУ», «МБУ ДО», «ФГБОУ ВО»… as written or spelled out in the name. */
    public static Optional<String> legalForm(String name) {
        String t = text(name).replace('ё', 'е');
        String abbreviation = LegalFormVocabulary.abbreviation(t);
        return Optional.ofNullable(abbreviation != null ? abbreviation : LegalFormVocabulary.spelledOut(t));
    }

    /** The short kind for a derived short name: «СОШ», «гимназия», «детский сад», «ДДТ»… */
    public static Optional<String> kind(String name) {
        String t = text(name).replace('ё', 'е').replace('Ё', 'Е');
        String lower = t.toLowerCase(Locale.ROOT);
        return OrgTypeVocabulary.KINDS.stream().filter(e -> e.getKey().foundIn(lower, t)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The innermost quoted name that is not a kind with a number: «МАДОУ д/с № 5 «Солнышко»» → «Солнышко». */
    public static Optional<String> ownName(String name) {
        Matcher m = OWN_NAME.matcher(text(name));
        String found = null;
        while (m.find()) {
            String candidate = m.group(1).trim();
            if (!candidate.isEmpty() && !DIGIT.matcher(candidate).find()) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    public static Optional<LocalDate> date(String cell) {
        return DateTexts.date(cell);
    }

    /** «№ 1394 от 22.08.2017», «1394 от 22.08.2017 г.», «от 22.08.2017 № 1394», «1394». */
    public static Optional<OrderRef> order(String cell) {
        return DateTexts.order(cell);
    }

    /** «2018–2021» (01.09.2018–31.08.2021), «2018 - 2021 гг.», «01.09.2018 - 31.08.2021». */
    public static Optional<Period> period(String cell) {
        return DateTexts.period(cell);
    }

    /** «МИП», «муниципальная инновационная площадка», «КИП»… → status_kind code. */
    public static Optional<String> statusCode(String cell) {
        return StatusVocabulary.code(cell);
    }

    /** Each address in the cell (separated by «,», «;» or spaces) is a valid e-mail address. */
    public static boolean isValidEmail(String cell) {
        String t = text(cell).replaceFirst("(?i)^mailto:", "");
        String[] parts = EMAIL_SEPARATORS.split(t);
        for (String p : parts) {
            if (!EMAIL.matcher(p).matches()) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    /**
     * The key under which two spellings of one name are the same organization: lower case, ё→е, quotes and
     * punctuation gone, «№ 23» and «№23» alike; the legal form stays, since МБОУ and МАОУ № 5 differ.
     */
    public static String nameKey(String name) {
        String t = text(name).toLowerCase(Locale.ROOT).replace('ё', 'е');
        t = NOT_WORD.matcher(QUOTES.matcher(t).replaceAll("")).replaceAll(" ");
        return NUMBER_SIGN.matcher(t).replaceAll("№").trim();
    }

    private static String key(String s) {
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll("");
    }
}
