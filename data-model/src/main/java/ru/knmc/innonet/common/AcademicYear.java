package ru.knmc.innonet.common;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An academic year, 1 September to 31 August, named by its starting calendar year. */
@InputVocabulary
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{4})\\s*(?:[-–—/]\\s*(\\d{2}|\\d{4}))?\\s*(?:уч\\.?\\s*г\\.?|учебный год)?\\s*");

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
    }

    public static AcademicYear current() {
        return of(LocalDate.now());
    }

    /** Parses «2018–2019», «2018-2019», «2018/19» or «2018»; empty when the text is none of them. */
    public static java.util.Optional<AcademicYear> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int end = Integer.parseInt(m.group(2));
            if (m.group(2).length() == 2) {
                end += (start / 100) * 100;
            }
            if (end != start + 1) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new AcademicYear(start));
    }

    public LocalDate start() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    /** «2018–2019», with an en dash, as the centre writes it. */
    @Override
    public String toString() {
        return startYear + "–" + (startYear + 1);
    }
}
