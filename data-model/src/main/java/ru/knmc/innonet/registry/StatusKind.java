package ru.knmc.innonet.registry;

public record StatusKind(Long id, String code, String shortName, String fullName, StatusLevel level,
                         int sortOrder, int version) {
    @Override
    public String toString() {
        return shortName;
    }
}
