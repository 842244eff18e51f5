package ru.knmc.innonet.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.knmc.innonet.common.InputVocabulary;

/**
 * Periods as analytics exports write them: «2018-01-01 - 2018-01-31», «2018-01-01», «01.01.2018», GA4's
 * «20180101» and «201801», «2018-01», «январь 2018». Returns {start, end} or null when the text is no period.
 */
@InputVocabulary
final class PeriodText {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern RU = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-?(\\d{2})");
    private static final Pattern MONTH_NAME = Pattern.compile("(\\p{L}+)\\.? (\\d{4})( г\\.?)?");
    private static final List<String> RU_MONTHS = List.of("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен",
            "окт", "ноя", "дек");
    private static final List<String> EN_MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private PeriodText() {
    }

    static LocalDate[] parse(String text) {
        String s = text == null ? "" : text.strip().replace('\u2013', '-').replace('\u2014', '-');
        if (s.isEmpty()) {
            return null;
        }
        try {
            List<LocalDate> dates = dates(s);
            if (dates.size() == 2 && s.matches(".*\\d\\s*-\\s*\\d.*|.*\\d\\s+\\d.*")) {
                return dates.get(1).isBefore(dates.get(0)) ? null : new LocalDate[] {dates.get(0), dates.get(1)};
            }
            if (dates.size() == 1 && s.length() <= 10) {
                return new LocalDate[] {dates.get(0), dates.get(0)};
            }
            if (s.matches("\\d{8}")) {
                Matcher m = COMPACT.matcher(s);
                m.matches();
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return new LocalDate[] {d, d};
            }
            Matcher ym = YEAR_MONTH.matcher(s);
            if (ym.matches()) {
                YearMonth y = YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)));
                return new LocalDate[] {y.atDay(1), y.atEndOfMonth()};
            }
            Matcher mn = MONTH_NAME.matcher(s.toLowerCase(Locale.ROOT));
            if (mn.matches()) {
                int month = month(mn.group(1));
                if (month > 0) {
                    YearMonth y = YearMonth.of(Integer.parseInt(mn.group(2)), month);
                    return new LocalDate[] {y.atDay(1), y.atEndOfMonth()};
                }
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Every ISO or dd.MM.yyyy date in the text, in order (a file name «visits_2018-01-01_2018-12-31.csv» has two). */
    static List<LocalDate> dates(String s) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            out.add(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        if (out.isEmpty()) {
            Matcher r = RU.matcher(s);
            while (r.find()) {
                out.add(LocalDate.of(Integer.parseInt(r.group(3)), Integer.parseInt(r.group(2)), Integer.parseInt(r.group(1))));
            }
        }
        return out;
    }

    /** GA4's «# Start date: 20180101». */
    static LocalDate compact(String s) {
        Matcher m = COMPACT.matcher(s.strip());
        return m.matches() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : null;
    }

    private static int month(String word) {
        for (int i = RU_MONTHS.size() - 1; i >= 0; i--) {
            if (word.startsWith(RU_MONTHS.get(i)) && !(i == 4 && !word.matches("ма[йяе].*"))) {
                return i + 1;
            }
        }
        for (int i = 0; i < EN_MONTHS.size(); i++) {
            if (word.startsWith(EN_MONTHS.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
