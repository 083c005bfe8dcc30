package org.gongshi.generator.model;

import java.util.Arrays;
import java.util.Optional;

/** How a project relieves: wages, the three forms of skills training, public-welfare jobs, asset dividends. */
@Public
public enum ReliefMode {
    LABOR_REMUNERATION("劳务报酬"),
    TRAINING_ON_THE_JOB("以工代训"),
    TRAINING_CENTRALIZED("集中培训"),
    TRAINING_COMMON_LANGUAGE("通用语言培训"),
    PUBLIC_WELFARE_JOBS("公益性岗位"),
    ASSET_DIVIDENDS("资产折股量化分红");

    private final String label;

    ReliefMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ReliefMode> fromLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }
}
