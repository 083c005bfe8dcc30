package org.gongshi.generator.model;

import java.time.LocalDate;

/**
 * One dated step in a project's history; reason is "" where the rules do not require one. {@code successor}
 * is the code of the project that takes over a cancelled or merged one, "" when there is none.
 */
@Public
public record LifecycleEvent(Status status, LocalDate date, String reason, String successor) {
}
