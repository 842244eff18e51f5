package ru.knmc.innonet.statistics;

/** A site or a section of a site whose visits are counted. */
public record WebResource(Long id, String name, String url, int sortOrder, int version) {
    @Override
    public String toString() {
        return name;
    }
}
