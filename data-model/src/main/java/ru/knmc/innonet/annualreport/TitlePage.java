package ru.knmc.innonet.annualreport;

/**
 * The title page of an annual report: who reports, the site's project and the order behind its status,
 * who signs, where.
 */
public record TitlePage(String organization, String siteTitle, String projectTitle, String siteOrder,
                        String headPosition, String headName, String place) {
    public static final TitlePage EMPTY = new TitlePage("", "", "", "", "", "", "");

    public TitlePage {
        organization = clean(organization);
        siteTitle = clean(siteTitle);
        projectTitle = clean(projectTitle);
        siteOrder = clean(siteOrder);
        headPosition = clean(headPosition);
        headName = clean(headName);
        place = clean(place);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
