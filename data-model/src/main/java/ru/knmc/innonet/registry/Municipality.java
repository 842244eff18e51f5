package ru.knmc.innonet.registry;

public record Municipality(Long id, String name, String region, int version) {
    @Override
    public String toString() {
        return name;
    }
}
