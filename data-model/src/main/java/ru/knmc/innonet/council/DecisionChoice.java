package ru.knmc.innonet.council;

/** A decision as a list to choose from shows it. */
public record DecisionChoice(long id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
