package ru.knmc.innonet.network;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.GostDocument;
import ru.knmc.innonet.office.word.GostTable;
import ru.knmc.innonet.office.word.Templates;
import ru.knmc.innonet.office.word.Typography;
import ru.knmc.innonet.registry.Person;

/** The passport of a network in Word: structure by level, agreements, team, methodist and tutor, roadmap. */
public final class NetworkPassport {
    private NetworkPassport() {
    }

    public static void write(NetworkPaper p, LocalDate day, AcademicYear year, DocumentTemplates templates, Path out) {
        try (GostDocument d = templates.open(Templates.PLAIN, Map.of(Templates.ORGANIZATION, Messages.get("doc.council.organization")))) {
            d.title(Messages.get("passport.title"));
            d.centered(Typography.nbsp(p.name()), true);
            d.emptyLine();
            d.heading(1, Messages.get("passport.section.general"));
            line(d, "page.network.theme", p.theme());
            line(d, "page.network.direction", p.direction());
            line(d, "page.network.centre", p.centre());
            line(d, "page.network.variant", p.variant().displayName());
            line(d, "page.network.form", p.form().displayName());
            line(d, "page.network.period", Typography.shortDate(p.startDate())
                    + (p.endDate() == null ? "" : " \u2013 " + Typography.shortDate(p.endDate())));
            d.heading(1, Messages.get("passport.section.structure", Typography.longDate(day)));
            List<NetworkPaper.Member> active = p.activeMembers(day);
            GostTable members = d.table(new double[] {12, 56, 38, 28, 36}, Messages.get("passport.col.no"),
                    Messages.get("passport.col.organization"), Messages.get("passport.col.municipality"),
                    Messages.get("passport.col.joined"), Messages.get("passport.col.admitted"));
            int no = 0;
            for (MemberLevel level : MemberLevel.values()) {
                List<NetworkPaper.Member> onLevel = active.stream().filter(m -> m.level() == level).toList();
                if (onLevel.isEmpty()) {
                    continue;
                }
                members.groupRow(level.displayName());
                for (NetworkPaper.Member m : onLevel) {
                    members.row(String.valueOf(++no), Typography.nbsp(m.name()), m.municipality(), Typography.shortDate(m.joinedOn()),
                            m.admittedBy() == null ? "" : Typography.nbsp(m.admittedBy()));
                }
            }
            d.heading(1, Messages.get("passport.section.agreementsNo"));
            if (p.agreements().isEmpty()) {
                d.paragraph(Messages.get("passport.none"));
            } else {
                GostTable t = d.table(new double[] {20, 24, 52, 50, 24}, Messages.get("passport.col.number"),
                        Messages.get("passport.col.signed"), Messages.get("passport.col.subject"), Messages.get("passport.col.parties"),
                        Messages.get("passport.col.validTo"));
                for (NetworkPaper.Contract a : p.agreements()) {
                    t.row(Typography.nbsp("\u2116 " + a.number()), Typography.shortDate(a.signedOn()), a.subject(),
                            Typography.nbsp(String.join(", ", a.parties())),
                            a.validTo() == null ? Messages.get("passport.openEnd") : Typography.shortDate(a.validTo()));
                }
            }
            List<NetworkPaper.Member> unbound = active.stream().filter(NetworkPaper.Member::withoutAgreement).toList();
            if (!unbound.isEmpty()) {
                d.paragraph(Messages.get("passport.unbound", String.join(", ",
                        unbound.stream().map(m -> Typography.nbsp(m.name())).toList())));
            }
            d.heading(1, Messages.get("passport.section.teamNo"));
            if (p.team().isEmpty()) {
                d.paragraph(Messages.get("passport.none"));
            } else {
                GostTable t = d.table(new double[] {70, 50, 50}, Messages.get("passport.col.organization"),
                        Messages.get("passport.col.person"), Messages.get("passport.col.role"));
                for (NetworkPaper.Representative r : p.team()) {
                    t.row(Typography.nbsp(r.organization()), Typography.nbsp(person(r.person())), r.role() == null ? "" : r.role());
                }
            }
            d.heading(1, Messages.get("passport.section.people"));
            d.paragraph(Messages.get("passport.methodist", p.methodist() == null ? Messages.get("passport.notAssigned")
                    : Typography.nbsp(person(p.methodist()))));
            d.paragraph(Messages.get("passport.tutor", p.tutor() == null ? Messages.get("passport.notAssigned")
                    : Typography.nbsp(person(p.tutor())) + (p.tutorDecision() == null ? ""
                    : " " + Messages.get("passport.approvedBy", Typography.nbsp(p.tutorDecision())))));
            d.heading(1, Messages.get("passport.section.roadmapNo", year.toString()));
            List<NetworkPaper.Activity> plan = p.roadmap(year);
            if (plan.isEmpty()) {
                d.paragraph(Messages.get("passport.none"));
            } else {
                GostTable t = d.table(new double[] {10, 55, 28, 40, 37}, Messages.get("roadmap.col.no"),
                        Messages.get("roadmap.col.activity"), Messages.get("roadmap.col.dates"), Messages.get("roadmap.col.responsible"),
                        Messages.get("roadmap.col.status"));
                int i = 0;
                for (NetworkPaper.Activity a : plan) {
                    t.row(String.valueOf(++i), a.activity(), dates(a), Typography.nbsp(a.responsible()), a.status().displayName());
                }
            }
            d.save(out);
        }
    }

    private static String dates(NetworkPaper.Activity a) {
        if (a.startDate() == null) {
            return Typography.shortDate(a.endDate());
        }
        if (a.endDate() == null || a.endDate().equals(a.startDate())) {
            return Typography.shortDate(a.startDate());
        }
        return Typography.shortDate(a.startDate()) + " \u2013 " + Typography.shortDate(a.endDate());
    }

    private static String person(Person p) {
        return p.position() == null || p.position().isBlank() ? p.shortName() : p.shortName() + ", " + p.position();
    }

    private static void line(GostDocument d, String key, String value) {
        if (value != null && !value.isBlank()) {
            d.labelled(Messages.get(key) + ":", Typography.nbsp(value));
        }
    }
}
