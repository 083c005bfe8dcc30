package org.gongshi.generator.mask;

import org.gongshi.generator.model.Public;

/** Workers employed in one target group, e.g. 脱贫人口 12. */
@Public
public record GroupCount(String group, int count) {
}
