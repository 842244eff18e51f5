package ru.knmc.innonet.contest;

/** «Иванова И.И.» from the parts of a name, as sheets and tables write an expert. */
final class ExpertNames {
    private ExpertNames() {
    }

    static String shortName(String last, String first, String middle) {
        return new ru.knmc.innonet.registry.Person(null, last, first, middle, null, null, null, null, null, null, 0)
                .shortName();
    }
}
