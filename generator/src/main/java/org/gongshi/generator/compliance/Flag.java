package org.gongshi.generator.compliance;

import org.gongshi.generator.model.Public;

/**
 * One compliance problem of one project, in words a reader can check against the notice: {@code detail} states the
 * facts, {@code rule} cites the requirement they fall short of.
 */
@Public
public record Flag(FlagKind kind, String detail, String rule) {

    public String title() {
        return kind.title();
    }

    public String anchor() {
        return kind.anchor();
    }
}
