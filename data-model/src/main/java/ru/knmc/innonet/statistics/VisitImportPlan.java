package ru.knmc.innonet.statistics;

import java.util.List;

/**
 * What importing a file into a resource will do: the stored rows whose periods overlap the file's period are
 * {@code replaced} (removed), the file's rows {@code added}. Nothing is written until the plan is applied.
 */
public record VisitImportPlan(WebResource resource, Segment segment, VisitFile file, List<VisitStat> replaced,
                              List<VisitStat> added) {
    public VisitImportPlan {
        replaced = List.copyOf(replaced);
        added = List.copyOf(added);
    }
}
