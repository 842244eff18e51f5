package ru.knmc.innonet.contest;

/**
 * The points of the project passport (seed 004) by number, shared by the Word export and the import:
 * each text point's number and the label key of its row; point 11 is the stages, 11.k its k-th stage
 * with 11.k.1 dates, 11.k.2 tasks, 11.k.3 result.
 */
enum PassportLayout {
    TOPIC("1"), AUTHORS("2"), SUPERVISOR("3"), GOALS("4"), TASKS("5"), MAIN_IDEA("6"), LEGAL_BASIS("7"),
    SIGNIFICANCE("8"), NOVELTY("9"), PRACTICAL_VALUE("10"), MECHANISM("11"), PROSPECTS("12"), DISSEMINATION("13"),
    PUBLICATIONS("14"), SITE_STATUS("15"), RESOURCES("16");

    final String number;

    PassportLayout(String number) {
        this.number = number;
    }

    String labelKey() {
        return "contest.passport.row." + number;
    }

    static PassportLayout byNumber(String n) {
        for (PassportLayout p : values()) {
            if (p.number.equals(n)) {
                return p;
            }
        }
        return null;
    }
}
