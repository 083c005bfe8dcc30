package org.gongshi.generator.load;

import java.nio.file.Path;
import org.gongshi.generator.model.TypicalCase;

/** A typical case as read, with the line of its {@code projects=} header for validation to point at. */
public record LoadedCase(Path file, TypicalCase typicalCase, int projectsLine) {
}
