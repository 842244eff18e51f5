package ru.knmc.innonet.event;

/** A newspaper, journal or site where the centre's articles appear. */
public record Outlet(Long id, String name, int version) {
    @Override
    public String toString() {
        return name;
    }
}
