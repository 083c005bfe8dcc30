package org.gongshi.generator.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Who owns, builds and maintains a sample project: the kinds of bodies that do so in a real county — town
 * governments, village committees and collectives, county bureaus, local firms. All names are made up.
 */
final class Parties {

    private static final List<String> BUILDERS = List.of(Places.COUNTY + "宏达建筑工程有限公司",
            Places.COUNTY + "顺通路桥工程有限公司", Places.COUNTY + "安居建筑劳务有限公司", Places.COUNTY + "鑫源建设工程有限公司");

    private Parties() {
    }

    /** 运行管护责任主体: whoever will use and look after the works once built. */
    static String maintainer(ProjectKinds.Kind kind, Places.Town town, String village) {
        return switch (kind.subType()) {
            case "生活", "交通" -> committee(village);
            case "水利" -> village + "农民用水户协会";
            case "农牧", "文旅" -> village + "股份经济合作社";
            case "绿化" -> Places.COUNTY + "城市管理局";
            case "环卫" -> Places.COUNTY + "环境卫生服务中心";
            default -> town.office();
        };
    }

    static String ownerUnit(SplittableRandom r, ProjectKinds.Kind kind, Places.Town town, String village) {
        return switch (kind.area()) {
            case INDUSTRY_SUPPORT -> r.nextBoolean() ? town.office() : village + "股份经济合作社";
            case URBAN_GREENING_SANITATION -> r.nextBoolean() ? town.office() : Places.COUNTY + "城市管理局";
            case KEY_PROJECT_SUPPORT -> Places.COUNTY + "城市建设投资有限公司";
            default -> town.office();
        };
    }

    /** Local firms, matched to the trade; a village labour cooperative builds some works itself, as the policy encourages. */
    static String builder(SplittableRandom r, ProjectKinds.Kind kind, String village) {
        if (r.nextInt(4) == 0) {
            return village + "劳务合作社";
        }
        return switch (kind.subType()) {
            case "水利" -> Places.COUNTY + "清源水利水电工程有限公司";
            case "绿化" -> Places.COUNTY + "绿源园林绿化工程有限公司";
            default -> BUILDERS.get(r.nextInt(BUILDERS.size()));
        };
    }

    private static String committee(String village) {
        return village.endsWith("社区") ? village + "居民委员会" : village + "村民委员会";
    }
}
