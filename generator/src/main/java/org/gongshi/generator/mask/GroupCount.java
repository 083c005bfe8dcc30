package org.gongshi.generator.mask;

/** Workers employed in one target group, e.g. 脱贫人口 12. */
public record GroupCount(String group, int count) {
}
