package ru.knmc.innonet.contest;

/**
 * The text fields of the project passport (seed 004): 1 the topic, 4 goals, 5 tasks, 6 the main idea,
 * 7 the legal basis, 8 significance for the region, 9 novelty, 10 practical value, 12 prospects,
 * 13 dissemination, 14 publications, 15 the site's status, 16 resources. Points 2 (authors), 3 (the
 * scientific supervisor) and 11 (stages) are persons and rows, kept beside it.
 */
public record Passport(String topic, String goals, String tasks, String mainIdea, String legalBasis,
                       String significance, String novelty, String practicalValue, String prospects,
                       String dissemination, String publications, String siteStatus, String resources) {

    public static Passport ofTopic(String topic) {
        return new Passport(topic, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
