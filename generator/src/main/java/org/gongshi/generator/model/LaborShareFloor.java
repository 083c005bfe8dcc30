package org.gongshi.generator.model;

/** The least share of central funds that must be paid as labor remuneration, with the rule it comes from. */
@Public
public record LaborShareFloor(int percent, String rule) {
}
