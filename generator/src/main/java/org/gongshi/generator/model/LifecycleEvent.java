package org.gongshi.generator.model;

import java.time.LocalDate;

/** One dated step in a project's history; reason is "" where the rules do not require one. */
public record LifecycleEvent(Status status, LocalDate date, String reason) {
}
