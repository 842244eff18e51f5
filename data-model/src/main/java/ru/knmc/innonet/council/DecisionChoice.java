package ru.knmc.innonet.council;

/** A decision as a list to choose from shows it: «№ 3 от 26.10.2017, п. 7.1» and its text. */
public record DecisionChoice(long id, String reference, String text) {

    public String label() {
        return reference + ": " + text;
    }

    @Override
    public String toString() {
        return label();
    }
}
