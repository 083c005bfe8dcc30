package org.gongshi.generator.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four construction areas of the 十四五 implementation plan, each with its sub-types. */
@Public
public enum ConstructionArea {
    RURAL_PUBLIC_INFRASTRUCTURE("农村公益性基础设施", "生活", "交通", "水利"),
    INDUSTRY_SUPPORT("产业发展配套基础设施", "农牧", "文旅"),
    URBAN_GREENING_SANITATION("城市绿化环卫", "绿化", "环卫"),
    KEY_PROJECT_SUPPORT("重点项目配套", "土方地基", "小型附属工程");

    private final String label;
    private final List<String> subTypes;

    ConstructionArea(String label, String... subTypes) {
        this.label = label;
        this.subTypes = List.of(subTypes);
    }

    public String label() {
        return label;
    }

    public List<String> subTypes() {
        return subTypes;
    }

    public static Optional<ConstructionArea> fromLabel(String label) {
        return Arrays.stream(values()).filter(a -> a.label.equals(label)).findFirst();
    }
}
