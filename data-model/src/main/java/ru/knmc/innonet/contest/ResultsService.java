package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Aggregation and ranking of a contest. Applications are ranked per subsystem by their score: the
 * remote total, or, once the defense is scored, remote × remote weight + defense × defense weight.
 * Equal scores share a rank and are flagged as a tie for the expert council.
 */
public final class ResultsService {
    private final DSLContext dsl;

    public ResultsService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RankedApplication> results(long contestId) {
        Contest contest = new ContestService(dsl).get(contestId);
        CriteriaSet remoteSet = CriteriaService.set(dsl, contestId, Purpose.REMOTE).orElse(null);
        CriteriaSet defenseSet = CriteriaService.set(dsl, contestId, Purpose.DEFENSE).orElse(null);
        Map<Long, List<ScoreSheet>> remote = new HashMap<>();
        Map<Long, List<ScoreSheet>> defense = new HashMap<>();
        dsl.select(REVIEW.ID, REVIEW.PURPOSE).from(REVIEW).join(APPLICATION).on(APPLICATION.ID.eq(REVIEW.APPLICATION_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId)).forEach(r -> {
                    ScoreSheet s = ReviewService.sheet(dsl, r.value1());
                    (s.purpose() == Purpose.REMOTE ? remote : defense)
                            .computeIfAbsent(s.applicationId(), k -> new ArrayList<>()).add(s);
                });
        List<RankedApplication> out = new ArrayList<>();
        for (Subsystem sub : Subsystem.values()) {
            List<RankedApplication> rows = new ArrayList<>();
            for (ApplicationService.Row app : new ApplicationService(dsl).list(contestId)) {
                if (app.subsystem() != sub || app.status() == ApplicationStatus.SUBMITTED
                        || app.status() == ApplicationStatus.RETURNED) {
                    continue;
                }
                Aggregate r = remoteSet == null ? empty() : Aggregate.of(remoteSet,
                        remote.getOrDefault(app.id(), List.of()), contest.disagreementShare());
                Aggregate d = defenseSet == null || !defense.containsKey(app.id()) ? null
                        : Aggregate.of(defenseSet, defense.get(app.id()), contest.disagreementShare());
                Double score = null;
                if (r.scored()) {
                    score = d != null && d.scored()
                            ? round(r.total() * contest.remoteWeight() + d.total() * contest.defenseWeight())
                            : round(r.total());
                }
                rows.add(new RankedApplication(app.id(), app.regNumber(), app.organization(), sub, app.topic(), r, d,
                        score, 0, false, false, false, app.decision()));
            }
            rows.sort(Comparator.comparing((RankedApplication a) -> a.score() == null ? Double.NEGATIVE_INFINITY : a.score())
                    .reversed().thenComparingInt(RankedApplication::regNumber));
            for (int i = 0; i < rows.size(); i++) {
                RankedApplication a = rows.get(i);
                int rank = i + 1;
                if (i > 0 && a.score() != null && a.score().equals(rows.get(i - 1).score())) {
                    rank = out.get(out.size() - 1).rank();
                }
                final Double score = a.score();
                boolean tie = score != null && rows.stream().filter(o -> score.equals(o.score())).count() > 1;
                boolean passes = score != null && (contest.threshold() == null || score >= contest.threshold() - 1e-9);
                boolean within = passes && (contest.winnersPerSubsystem() == null || rank <= contest.winnersPerSubsystem());
                out.add(new RankedApplication(a.applicationId(), a.regNumber(), a.organization(), sub, a.topic(),
                        a.remote(), a.defense(), score, rank, passes, tie, within, a.decision()));
            }
        }
        return out;
    }

    private static Aggregate empty() {
        return new Aggregate(0, Map.of(), 0, 0, List.of(), 0, 0, false);
    }

    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
