package ru.knmc.innonet.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.contest.RipoService;
import ru.knmc.innonet.contest.Subsystem;

/** §6: the RIPO bank's materials with a positive expert conclusion, by subsystem and year (issue 4's data). */
final class RipoFigures {
    private final RipoService ripo;

    RipoFigures(RipoService ripo) {
        this.ripo = ripo;
    }

    void addTo(int year, Map<String, String> figures, Map<Integer, List<ReportBlock>> blocks, List<Gap> gaps) {
        Map<Integer, Integer> perYear = ripo.positiveByYear();
        if (!perYear.containsKey(year)) {
            gaps.add(new Gap(Messages.get("annualReport.gap.ripo", year), ReportDataService.CONTESTS));
        }
        figures.put(Placeholders.RIPO, Integer.toString(perYear.getOrDefault(year, 0)));
        figures.put(Placeholders.RIPO + Placeholders.PREVIOUS, Integer.toString(perYear.getOrDefault(year - 1, 0)));
        List<List<Object>> rows = new ArrayList<>();
        for (int y : perYear.keySet()) {
            if (y > year) {
                continue;
            }
            Map<Subsystem, Integer> by = ripo.positiveBySubsystem(y);
            List<Object> row = new ArrayList<>();
            row.add(Integer.toString(y));
            int total = 0;
            for (Subsystem s : Subsystem.values()) {
                row.add(by.getOrDefault(s, 0));
                total += by.getOrDefault(s, 0);
                if (y == year) {
                    figures.put(Placeholders.RIPO + "." + s.name().toLowerCase(java.util.Locale.ROOT),
                            Integer.toString(by.getOrDefault(s, 0)));
                }
            }
            row.add(total);
            rows.add(row);
        }
        List<String> header = new ArrayList<>();
        header.add(Messages.get("annualReport.col.year"));
        for (Subsystem s : Subsystem.values()) {
            header.add(s.displayName());
        }
        header.add(Messages.get("annualReport.col.total"));
        blocks.computeIfAbsent(6, k -> new ArrayList<>()).add(new ReportBlock.Table(Messages.get("annualReport.sheet.ripo"),
                Messages.get("annualReport.table.ripo"), header, rows));
    }
}
