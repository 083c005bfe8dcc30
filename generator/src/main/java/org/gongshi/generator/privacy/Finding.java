package org.gongshi.generator.privacy;

/** A private value found in a text, with the line (1-based) it was found on. */
public record Finding(PrivateKind kind, String value, int line) {
}
