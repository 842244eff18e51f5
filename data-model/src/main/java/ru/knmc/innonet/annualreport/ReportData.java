package ru.knmc.innonet.annualreport;

import java.util.List;
import java.util.Map;

/**
 * Everything of a year's report that comes from the data: the figures the text's placeholders name,
 * the generated blocks of each section (1–8), and what the data lacks for the year.
 */
public record ReportData(int year, String municipality, Map<String, String> figures,
                         Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
    public ReportData {
        figures = Map.copyOf(figures);
        blocks = Map.copyOf(blocks);
        gaps = List.copyOf(gaps);
    }

    /**
     * The figure a placeholder names; {@code supervisors.share.ИРО} also finds the affiliation whose name
     * holds «ИРО» as a word («ГБОУ ИРО Краснодарского края»). Null when the data has none.
     */
    public String figure(String name) {
        String exact = figures.get(name);
        if (exact != null || !name.startsWith(Placeholders.SUPERVISORS_SHARE)) {
            return exact;
        }
        String word = name.substring(Placeholders.SUPERVISORS_SHARE.length()).strip();
        if (word.isEmpty()) {
            return null;
        }
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[^\\p{L}])" + java.util.regex.Pattern.quote(word)
                + "($|[^\\p{L}])");
        List<Long> matches = figures.entrySet().stream()
                .filter(e -> e.getKey().startsWith(Placeholders.SUPERVISORS_SHARE)
                        && p.matcher(e.getKey().substring(Placeholders.SUPERVISORS_SHARE.length())).find())
                .map(e -> Long.parseLong(e.getValue())).toList();
        return matches.isEmpty() ? null : Long.toString(matches.stream().mapToLong(Long::longValue).sum());
    }

    public List<ReportBlock> blocks(int section) {
        return blocks.getOrDefault(section, List.of());
    }

    /** Every table of the report in section order: the Excel annex's sheets. */
    public List<ReportBlock.Table> tables() {
        return java.util.stream.IntStream.rangeClosed(1, AnnualReport.SECTIONS).boxed()
                .flatMap(n -> blocks(n).stream()).filter(b -> b instanceof ReportBlock.Table)
                .map(b -> (ReportBlock.Table) b).toList();
    }
}
