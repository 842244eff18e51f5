package ru.knmc.innonet.statistics;

import java.util.List;

/**
 * What importing a file into a resource will do: the stored rows whose periods overlap the file's period are
 * {@code replaced} (removed), the file's rows {@code added}; stored larger periods that hold the whole file
 * ({@code kept}, e.g. a year's totals) stay as they are. Nothing is written until the plan is applied.
 */
public record VisitImportPlan(WebResource resource, Segment segment, VisitFile file, List<VisitStat> replaced,
                              List<VisitStat> added, List<VisitStat> kept) {
    public VisitImportPlan {
        replaced = List.copyOf(replaced);
        added = List.copyOf(added);
        kept = List.copyOf(kept);
    }
}
