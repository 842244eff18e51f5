package ru.knmc.innonet.annualreport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ru.knmc.innonet.common.Messages;

/**
 * The people-written part of the annual report of a calendar year: the title page and the narrative of
 * the eight sections of seed 001, in {@link Markup}. Figures, lists and tables come from the data.
 *
 * @param sections the texts of sections 1–8, index 0 is section 1
 */
public record AnnualReport(Long id, int year, TitlePage title, List<String> sections, int version) {
    public static final int SECTIONS = 8;

    public AnnualReport {
        List<String> s = new ArrayList<>(sections == null ? List.of() : sections);
        while (s.size() < SECTIONS) {
            s.add("");
        }
        if (s.size() > SECTIONS) {
            throw new IllegalArgumentException("A report has " + SECTIONS + " sections");
        }
        s.replaceAll(t -> t == null ? "" : t);
        sections = Collections.unmodifiableList(s);
        title = title == null ? TitlePage.EMPTY : title;
    }

    public static AnnualReport blank(int year) {
        return new AnnualReport(null, year, TitlePage.EMPTY, List.of(), 0);
    }

    /** The text of section {@code number} (1–8). */
    public String section(int number) {
        return sections.get(number - 1);
    }

    public AnnualReport withSection(int number, String text) {
        List<String> s = new ArrayList<>(sections);
        s.set(number - 1, text == null ? "" : text);
        return new AnnualReport(id, year, title, s, version);
    }

    public AnnualReport withTitle(TitlePage page) {
        return new AnnualReport(id, year, page, sections, version);
    }

    /** «Соответствие задачам федеральной и региональной образовательной политики». */
    public static String sectionTitle(int number) {
        return Messages.get("annualReport.section." + number);
    }

    /** «1. Соответствие задачам…», as the heading in the document. */
    public static String numberedTitle(int number) {
        return number + ". " + sectionTitle(number);
    }
}
