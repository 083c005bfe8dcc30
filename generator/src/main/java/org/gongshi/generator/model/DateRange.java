package org.gongshi.generator.model;

import java.time.LocalDate;

/** A closed range of days, start and end included; validation guarantees end is not before start. */
@Public
public record DateRange(LocalDate start, LocalDate end) {
}
