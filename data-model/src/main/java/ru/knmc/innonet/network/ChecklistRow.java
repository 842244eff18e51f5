package ru.knmc.innonet.network;

import java.util.List;

/** A network against the twelve tasks in one academic year. */
public record ChecklistRow(long networkId, String networkName, String centreName, List<TaskState> tasks) {

    public long doneCount() {
        return tasks.stream().filter(TaskState::done).count();
    }
}
