package ru.knmc.innonet.demo;

/** Where long loads report how far they are: the window's progress bar, the command line, or nothing. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> { };

    /** @param fraction 0 to 1; {@code message} a Russian line for the user */
    void progress(double fraction, String message);
}
