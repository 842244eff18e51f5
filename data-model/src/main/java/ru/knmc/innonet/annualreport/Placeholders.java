package ru.knmc.innonet.annualreport;

import java.util.List;
import java.util.Optional;
import ru.knmc.innonet.common.Messages;

/**
 * The figures a report's text may name as {@code {{name}}}; each is computed from the data of the
 * report's year by {@link ReportDataService}. The names are the program's, the descriptions Russian.
 */
public final class Placeholders {
    public static final String YEAR = "year";
    public static final String YEAR_PREVIOUS = "year.previous";
    public static final String SHARE = "share";
    public static final String SHARE_PREVIOUS = "share.previous";
    public static final String INFRASTRUCTURE = "infrastructure";
    public static final String MIP = "mip";
    public static final String MIP_PREVIOUS = "mip.previous";
    public static final String MIP_DIFFERENCE = "mip.difference";
    public static final String MSIP = "msip";
    public static final String PILOT = "pilot";
    public static final String KIP = "kip";
    public static final String FIP = "fip";
    public static final String SITES = "sites";
    public static final String SITES_SUPERVISED = "sites.supervised";
    public static final String SITES_SUPERVISED_PERCENT = "sites.supervised.percent";
    public static final String SUPERVISORS = "supervisors";
    public static final String SUPERVISORS_TOP = "supervisors.top";
    public static final String MSIP_DIRECTIONS = "msip.directions";
    public static final String DIRECTIONS = "directions";
    /** Suffix of last year's value: {@code visits.previous}. */
    public static final String PREVIOUS = ".previous";
    public static final String RIPO = "ripo";
    public static final String VISITORS = "visitors";
    public static final String NEW_VISITORS = "newVisitors";
    public static final String VISITS = "visits";
    public static final String PAGE_VIEWS = "pageViews";
    public static final String PUBLICATIONS = "publications";
    /** Issues the year's main outlet (the one with most issues) published, and its name. */
    public static final String PUBLICATIONS_ISSUES = "publications.issues";
    public static final String PUBLICATIONS_OUTLET = "publications.outlet";
    public static final String EVENTS = "events";
    public static final String PARTICIPANTS = "participants";
    public static final String NETWORKS = "networks";
    public static final String ROADMAP_PLANNED = "roadmap.planned";
    public static final String ROADMAP_DONE = "roadmap.done";
    public static final String CONTEST = "contest";
    /** {@code supervisors.share.КубГУ}: the share, %, of the year's supervisors working there. */
    public static final String SUPERVISORS_SHARE = "supervisors.share.";

    /** A placeholder of the catalogue: its name and its Russian description. */
    public record Placeholder(String name) {
        public String description() {
            if (name.startsWith(SUPERVISORS_SHARE)) {
                return Messages.get("placeholder.supervisors.share", name.substring(SUPERVISORS_SHARE.length()));
            }
            return Messages.get("placeholder." + name);
        }

        public String token() {
            return "{{" + name + "}}";
        }

        @Override
        public String toString() {
            return token() + " — " + description();
        }
    }

    private static final List<Placeholder> ALL = List.of(YEAR, YEAR_PREVIOUS, SHARE_PREVIOUS, SHARE, INFRASTRUCTURE,
            MIP, MIP_PREVIOUS, MIP_DIFFERENCE, MSIP, PILOT, KIP, FIP, SITES, SITES_SUPERVISED, SITES_SUPERVISED_PERCENT,
            SUPERVISORS, SUPERVISORS_TOP, MSIP_DIRECTIONS, DIRECTIONS,
            RIPO, RIPO + PREVIOUS, RIPO + ".preschool", RIPO + ".general", RIPO + ".additional",
            VISITORS, VISITORS + PREVIOUS, VISITORS + ".preschool", VISITORS + ".general", VISITORS + ".additional",
            NEW_VISITORS, NEW_VISITORS + PREVIOUS, VISITS, VISITS + PREVIOUS, PAGE_VIEWS, PAGE_VIEWS + PREVIOUS,
            PUBLICATIONS, PUBLICATIONS + ".1", PUBLICATIONS + ".2", PUBLICATIONS + ".3", PUBLICATIONS + ".4",
            PUBLICATIONS_ISSUES, PUBLICATIONS_OUTLET,
            EVENTS, PARTICIPANTS, NETWORKS, NETWORKS + ".partners", NETWORKS + ".associates", NETWORKS + ".agreements",
            ROADMAP_PLANNED, ROADMAP_DONE, CONTEST, CONTEST + ".applications", CONTEST + ".expertises", CONTEST + ".reviews",
            CONTEST + ".defenses").stream().map(Placeholder::new).toList();

    private Placeholders() {
    }

    public static List<Placeholder> all() {
        return ALL;
    }

    /** The placeholder of that name, or of the {@code supervisors.share.}<organization> family. */
    public static Optional<Placeholder> find(String name) {
        if (name.startsWith(SUPERVISORS_SHARE) && name.length() > SUPERVISORS_SHARE.length()) {
            return Optional.of(new Placeholder(name));
        }
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The catalogue and the family members the year's figures hold, for the picker. */
    public static List<Placeholder> offered(java.util.Map<String, String> figures) {
        List<Placeholder> list = new java.util.ArrayList<>(ALL);
        figures.keySet().stream().filter(k -> k.startsWith(SUPERVISORS_SHARE)).sorted().forEach(k -> list.add(new Placeholder(k)));
        return list;
    }
}
