package ru.knmc.innonet.annualreport;

import java.util.ArrayList;
import java.util.List;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * A section's narrative with its placeholders replaced by the year's figures. A placeholder the
 * catalogue does not know, or one whose figure the data cannot give, is never written raw: the preview
 * marks it, the document is refused with the section and the name.
 */
public final class FilledText {
    /** What stands where a figure is missing, in the preview only. */
    public static final String MISSING = "\u2047";

    private FilledText() {
    }

    /** A placeholder that cannot be filled: its section (1–8) and name. */
    public record Problem(int section, String name) {
        public String describe() {
            return Messages.get(Placeholders.find(name).isPresent() ? "annualReport.problem.noFigure"
                    : "annualReport.problem.unknown", AnnualReport.numberedTitle(section), "{{" + name + "}}");
        }
    }

    /** The blocks of section {@code n} with figures filled in; problems are added to {@code problems}. */
    public static List<Markup.Block> section(AnnualReport report, ReportData data, int n, List<Problem> problems) {
        List<Markup.Block> out = new ArrayList<>();
        for (Markup.Block b : Markup.parse(report.section(n))) {
            List<Markup.Inline> inlines = new ArrayList<>();
            for (Markup.Inline in : b.inlines()) {
                if (!in.placeholder()) {
                    inlines.add(in);
                    continue;
                }
                String value = Placeholders.find(in.text()).isPresent() ? data.figure(in.text()) : null;
                if (value == null) {
                    problems.add(new Problem(n, in.text()));
                    value = MISSING + in.text() + MISSING;
                }
                inlines.add(new Markup.Inline(value, false, in.bold(), in.italic()));
            }
            out.add(new Markup.Block(b.kind(), b.number(), inlines));
        }
        return out;
    }

    /** Every section filled; a {@link UserException} listing each placeholder that cannot be filled. */
    public static List<List<Markup.Block>> strict(AnnualReport report, ReportData data) {
        List<Problem> problems = new ArrayList<>();
        List<List<Markup.Block>> sections = new ArrayList<>();
        for (int n = 1; n <= AnnualReport.SECTIONS; n++) {
            sections.add(section(report, data, n, problems));
        }
        if (!problems.isEmpty()) {
            throw new UserException("annualReport.error.placeholders",
                    String.join("; ", problems.stream().map(Problem::describe).toList()));
        }
        return sections;
    }

    /** The plain text of a block, as the preview and the tests read it. */
    public static String text(Markup.Block b) {
        StringBuilder s = new StringBuilder();
        for (Markup.Inline in : b.inlines()) {
            s.append(in.text());
        }
        return s.toString();
    }
}
