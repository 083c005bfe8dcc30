package org.gongshi.generator.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facts of a project record that change only by a dated amendment. Progress is not an amendment:
 * money paid, workers employed, lifecycle steps and a maintainer named for the first time change freely. The
 * hotline and the labor-share floor are left out because a site-wide default may change them for every
 * project at once.
 */
@Public
public enum AmendableField {
    NAME("name", "项目名称"),
    YEAR("year", "年度"),
    TOWN("town", "镇/街道"),
    VILLAGE("village", "村"),
    APPROVAL_DOCUMENT("approvalDocument", "批复文号"),
    AREA("area", "建设领域"),
    SUB_TYPE("subType", "建设领域子类"),
    RELIEF_MODES("reliefModes", "赈济方式"),
    CONTENT("content", "建设内容"),
    BENEFIT("benefit", "群众受益情况"),
    INVESTMENT("investmentFen", "总投资"),
    CENTRAL_FUNDS("centralFundsFen", "中央资金"),
    LABOR_PLANNED("laborPlannedFen", "计划劳务报酬"),
    OWNER_UNIT("ownerUnit", "项目业主"),
    BUILDER("builder", "施工单位"),
    MAINTAINER("maintainer", "运行管护责任主体"),
    CONSTRUCTION("construction", "建设时间"),
    NOTICE("notice", "公示期"),
    WORKERS_PLANNED("workers.planned", "计划用工人数");

    private final String key;
    private final String label;

    AmendableField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The field's name as written in {@code project.json} and in an amendment's {@code fields}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Where the field sits in {@code project.json}, as a JSON pointer. */
    public String pointer() {
        return "/" + key.replace('.', '/');
    }

    public static Optional<AmendableField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
