package ru.knmc.innonet.common;

/** Someone else saved the same record since it was read (version check). */
public class ConcurrentEditException extends UserException {
    public ConcurrentEditException(String what) {
        super("error.concurrentEdit", what);
    }
}
