package ru.knmc.innonet.network;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.BinaryFiles;

/**
 * A static web page of a network for the centre's site (seed 002, tasks 9 and 12): structure, agreements,
 * team, methodist and tutor, roadmap. Self-contained: styles inline, the picture as a data URI, no
 * scripts, fonts or links to other sites.
 */
public final class NetworkPage {
    private NetworkPage() {
    }

    public static void write(NetworkPaper paper, LocalDate day, AcademicYear year, Path out) {
        BinaryFiles.write(out, html(paper, day, year).getBytes(StandardCharsets.UTF_8));
    }

    public static String html(NetworkPaper p, LocalDate day, AcademicYear year) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(p.name()))
                .append("</title>\n<style>\n")
                .append("body{font-family:'Times New Roman',serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}")
                .append("h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ccc}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}")
                .append("th{background:#eee}img{max-width:100%;height:auto}.warn{color:#a00}\n</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(p.name())).append("</h1>\n<p>");
        line(b, "page.network.theme", p.theme());
        line(b, "page.network.direction", p.direction());
        line(b, "page.network.centre", p.centre());
        line(b, "page.network.variant", p.variant().displayName());
        line(b, "page.network.form", p.form().displayName());
        line(b, "page.network.period", Dates.format(p.startDate()) + (p.endDate() == null ? "" : " – " + Dates.format(p.endDate())));
        line(b, "page.network.methodist", p.methodist() == null ? null : p.methodist().shortName());
        line(b, "page.network.tutor", p.tutor() == null ? null : p.tutor().shortName()
                + (p.tutorDecision() == null ? "" : " (" + p.tutorDecision() + ")"));
        b.append("</p>\n<h2>").append(esc(Messages.get("page.network.structure", Dates.format(day)))).append("</h2>\n");
        b.append("<img alt=\"").append(esc(Messages.get("page.network.pictureAlt", p.name()))).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(NetworkPicture.png(p, day))).append("\">\n");
        List<NetworkPaper.Member> active = p.activeMembers(day);
        table(b, List.of("passport.col.no", "passport.col.organization", "passport.col.municipality", "passport.col.level",
                "passport.col.joined"), active.stream().map(m -> List.of(String.valueOf(active.indexOf(m) + 1), m.name(),
                m.municipality(), m.level().displayName(), Dates.format(m.joinedOn()))).toList());
        b.append("<h2>").append(esc(Messages.get("passport.section.agreements"))).append("</h2>\n");
        table(b, List.of("passport.col.number", "passport.col.signed", "passport.col.subject", "passport.col.parties", "passport.col.validTo"),
                p.agreements().stream().map(a -> List.of(a.number(), Dates.format(a.signedOn()), a.subject(), String.join(", ", a.parties()),
                        a.validTo() == null ? Messages.get("passport.openEnd") : Dates.format(a.validTo()))).toList());
        b.append("<h2>").append(esc(Messages.get("passport.section.team"))).append("</h2>\n");
        table(b, List.of("passport.col.organization", "passport.col.person", "passport.col.role"),
                p.team().stream().map(t -> List.of(t.organization(), t.person().shortName(), t.role() == null ? "" : t.role())).toList());
        b.append("<h2>").append(esc(Messages.get("passport.section.roadmap", year.toString()))).append("</h2>\n");
        List<NetworkPaper.Activity> plan = p.roadmap(year);
        table(b, List.of("roadmap.col.no", "roadmap.col.activity", "roadmap.col.dates", "roadmap.col.responsible", "roadmap.col.result",
                "roadmap.col.status"), plan.stream().map(a -> List.of(String.valueOf(plan.indexOf(a) + 1), a.activity(),
                dates(a), a.responsible(), a.expectedResult() == null ? "" : a.expectedResult(), a.status().displayName())).toList());
        b.append("<p><small>").append(esc(Messages.get("page.network.updated", Dates.format(LocalDate.now())))).append("</small></p>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    static String dates(NetworkPaper.Activity a) {
        if (a.startDate() == null) {
            return Dates.format(a.endDate());
        }
        if (a.endDate() == null || a.endDate().equals(a.startDate())) {
            return Dates.format(a.startDate());
        }
        return Dates.format(a.startDate()) + " – " + Dates.format(a.endDate());
    }

    private static void line(StringBuilder b, String key, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<b>").append(esc(Messages.get(key))).append(":</b> ").append(esc(value)).append("<br>\n");
        }
    }

    private static void table(StringBuilder b, List<String> headKeys, List<List<String>> rows) {
        if (rows.isEmpty()) {
            b.append("<p>").append(esc(Messages.get("passport.none"))).append("</p>\n");
            return;
        }
        b.append("<table>\n<tr>");
        headKeys.forEach(k -> b.append("<th>").append(esc(Messages.get(k))).append("</th>"));
        b.append("</tr>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            row.forEach(v -> b.append("<td>").append(esc(v)).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
