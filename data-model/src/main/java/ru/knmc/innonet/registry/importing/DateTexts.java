package ru.knmc.innonet.registry.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, orders and periods as the centre's lists write them. The Russian words here are input vocabulary. */
@ru.knmc.innonet.common.InputVocabulary
final class DateTexts {
    private static final List<String> MONTHS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл",
            "август", "сентябр", "октябр", "ноябр", "декабр");
    /** A date inside a longer text; groups: d.M.y | y-M-d | d month y. */
    private static final String DATE = "(?:(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})(?!\\d)"
            + "|(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)"
            + "|(\\d{1,2})\\s+(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]"
            + "|октябр[яь]|ноябр[яь]|декабр[яь])\\s+(\\d{4}))";
    /** «г.», «года», «гг.» after a date or a year. */
    private static final String YEAR_WORD = "(?:\\s*(?:г\\.\\s*г|гг|г|года|год|годы)\\.?)?";
    private static final Pattern DATE_IN_TEXT = Pattern.compile("(?iU)(?<!\\d)" + DATE + YEAR_WORD);
    private static final Pattern ONE_DATE = Pattern.compile("(?iU)" + DATE + YEAR_WORD + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    /** Excel's day count since 30.12.1899, when a date column reached the text as a number: 1954…2119. */
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern ORDER_WORD = Pattern.compile("(?iU)^(?:приказ\\S*|пр\\.)\\s*");
    private static final Pattern ORDER_PREFIX = Pattern.compile("(?iU)\\s*от\\s*$");
    private static final Pattern TITLE = Pattern.compile("[«\"].*$");
    private static final Pattern NUMBER_NOISE = Pattern.compile("(?iU)[№#]|(?<!\\p{L})от(?!\\p{L})");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;.:]+|[\\s,;:]+$");
    private static final Pattern ORDER_NUMBER = Pattern.compile("(?U)[\\p{L}\\p{N}]+(?:[/\\-.][\\p{L}\\p{N}]+)*");
    private static final Pattern YEARS = Pattern.compile(
            "(?iU)(?:с\\s+)?(\\d{4})\\s*(?:[-–—/]|по)\\s*(\\d{4}|\\d{2})" + YEAR_WORD + "(?:\\s*(?:уч\\.?|учебн\\S*)\\s*(?:гг?\\.?|годы?|года)?)?");
    private static final Pattern BETWEEN_DATES = Pattern.compile("(?iU)\\s*(?:[-–—]|по|до)?\\s*");

    private DateTexts() {
    }

    static Optional<LocalDate> date(String text) {
        String t = Normalizer.text(text);
        Matcher serial = SERIAL.matcher(t);
        if (serial.matches()) {
            int days = Integer.parseInt(serial.group(1));
            return days >= 20000 && days <= 80000 ? Optional.of(EXCEL_EPOCH.plusDays(days)) : Optional.empty();
        }
        Matcher m = ONE_DATE.matcher(t);
        return m.matches() ? toDate(m) : Optional.empty();
    }

    static Optional<OrderRef> order(String text) {
        // The order's title in quotes («О присвоении статуса…») is not part of its number.
        String t = TITLE.matcher(ORDER_WORD.matcher(Normalizer.text(text)).replaceFirst("")).replaceFirst("");
        LocalDate date = null;
        Matcher m = DATE_IN_TEXT.matcher(t);
        if (m.find()) {
            Optional<LocalDate> d = toDate(m);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            date = d.get();
            String before = ORDER_PREFIX.matcher(t.substring(0, m.start())).replaceFirst("");
            t = before + " " + t.substring(m.end());
        }
        String number = EDGES.matcher(NUMBER_NOISE.matcher(t).replaceAll(" ")).replaceAll("").trim();
        if (!ORDER_NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        return Optional.of(new OrderRef(number, date));
    }

    static Optional<Period> period(String text) {
        String t = Normalizer.text(text);
        Matcher years = YEARS.matcher(t);
        if (years.matches()) {
            int first = Integer.parseInt(years.group(1));
            int last = Integer.parseInt(years.group(2));
            if (years.group(2).length() == 2) {
                last += first / 100 * 100;
            }
            return Optional.of(new Period(LocalDate.of(first, 9, 1), LocalDate.of(last, 8, 31)));
        }
        String rest = t.replaceFirst("(?iU)^с\\s+", "");
        List<LocalDate> dates = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int end = 0;
        Matcher m = DATE_IN_TEXT.matcher(rest);
        while (m.find()) {
            Optional<LocalDate> d = toDate(m);
            if (d.isEmpty()) {
                return Optional.empty();
            }
            gaps.add(rest.substring(end, m.start()));
            dates.add(d.get());
            end = m.end();
        }
        // Exactly two dates with nothing but a dash, «по» or «до» between them and nothing around them.
        if (dates.size() != 2 || !gaps.get(0).isBlank() || !rest.substring(end).isBlank()
                || !BETWEEN_DATES.matcher(gaps.get(1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Period(dates.get(0), dates.get(1)));
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                return Optional.of(LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            if (m.group(4) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(9)), month(m.group(8)), Integer.parseInt(m.group(7))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Two-digit years are this century up to 69, as Excel reads them. */
    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 4 ? v : v <= 69 ? 2000 + v : 1900 + v;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // Forward, so that «марта» is March before «ма» (May) is tried.
        for (int i = 0; i < MONTHS.size(); i++) {
            if (n.startsWith(MONTHS.get(i))) {
                return i + 1;
            }
        }
        throw new DateTimeException(name);
    }
}
