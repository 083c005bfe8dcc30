package org.gongshi.generator.model;

/** How many complaints carry one label, e.g. 拖欠或克扣工资 2. */
@Public
public record LabelCount(String label, int count) {
}
