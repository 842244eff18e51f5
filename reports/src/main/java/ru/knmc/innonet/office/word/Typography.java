package ru.knmc.innonet.office.word;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;

/**
 * The small print of Russian official documents: dates as «05.06.2018» in tables and «5 июня 2018 г.»
 * in headers, and non-breaking spaces that keep «№ 5», «2018 г.» and initials with their surname on
 * one line.
 */
public final class Typography {
    public static final char NBSP = '\u00A0';
    /** A full stop after a one-letter word: «г.», an initial. */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(^|[\\s.\\u00A0])\\p{L}\\.$");
    private static final Pattern NUMBER_SIGN = Pattern.compile("№ +(?=\\S)");
    private static final Pattern YEAR_SIGN = Pattern.compile("(\\d) +(?=" + Pattern.quote(Messages.get("doc.yearSuffix")) + ")");
    /** «И.И. Иванова» and «И. И. Иванова»: initials before a surname. */
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(\\b\\p{Lu}\\.) ?(\\p{Lu}\\.) +(?=\\p{Lu}\\p{Ll})");
    /** «Иванова И.И.»: a surname before initials. */
    private static final Pattern INITIALS_AFTER = Pattern.compile("(\\p{Lu}\\p{Ll}+) +(?=\\p{Lu}\\. ?\\p{Lu}\\.)");

    private Typography() {
    }

    /** «05.06.2018». */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : Dates.format(date);
    }

    /** «5 июня 2018 г.», with non-breaking spaces inside. */
    public static String longDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        String month = Messages.get("doc.month.genitive." + date.getMonthValue());
        return date.getDayOfMonth() + "" + NBSP + month + NBSP + date.getYear() + NBSP + Messages.get("doc.yearSuffix");
    }

    /** «10:00». */
    public static String time(java.time.LocalTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** The text with non-breaking spaces after «№», before «г.» and between initials and surname. */
    public static String nbsp(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String s = NUMBER_SIGN.matcher(text).replaceAll("№" + NBSP);
        s = YEAR_SIGN.matcher(s).replaceAll("$1" + NBSP);
        s = INITIALS_BEFORE.matcher(s).replaceAll("$1$2" + NBSP);
        s = INITIALS_AFTER.matcher(s).replaceAll("$1" + NBSP);
        return s;
    }

    /**
     * An item of a list that continues a sentence: ends with «;», the last with «.». A closing full stop of the item is
     * dropped before «;» unless it ends an abbreviation («2018 г.», «Иванов И.И.»).
     */
    public static String listItem(String text, boolean last) {
        String s = text == null ? "" : text.strip().replaceAll("[;,:\\s]+$", "");
        boolean abbreviation = ABBREVIATION_END.matcher(s).find();
        if (s.endsWith(".") && !abbreviation) {
            s = s.substring(0, s.length() - 1);
        }
        if (last) {
            return s.endsWith(".") ? s : s + ".";
        }
        return s + ";";
    }
}
