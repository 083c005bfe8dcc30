package org.gongshi.generator.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated change to a project's published facts with its reason, as OCDS amendments record them. Amendments
 * are appended, never edited: the build refuses to publish a changed field that no new amendment names.
 */
@Public
public record Amendment(LocalDate date, List<AmendableField> fields, String change, String reason) {

    public Amendment {
        fields = List.copyOf(fields);
    }
}
