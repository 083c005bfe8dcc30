package org.gongshi.generator.compliance;

import org.gongshi.generator.model.Public;

/**
 * The problems the portal points out on its own: each is a fact computed from the published record, so a reader
 * can check it, and none stops the site from being published — hiding a project would be worse than flagging it.
 */
@Public
public enum FlagKind {
    LABOR_SHARE_BELOW_FLOOR("labor-share", "劳务报酬占比低于要求"),
    WAGES_OVERDUE("wages-overdue", "劳务报酬逾期未发放或未确认"),
    NOTICE_EXPIRED("notice-expired", "公示期已过仍未完工"),
    NO_MAINTAINER("no-maintainer", "完工后未明确管护主体");

    private final String anchor;
    private final String title;

    FlagKind(String anchor, String title) {
        this.anchor = anchor;
        this.title = title;
    }

    /** The fragment of this kind's section on {@code /flags/}. */
    public String anchor() {
        return anchor;
    }

    public String title() {
        return title;
    }
}
