package org.gongshi.generator.sample;

import java.util.List;

/**
 * The fictional county the sample is set in. 青禾县 does not exist; its towns and villages read like real
 * ones so that search, lists and facets have realistic variety, and none of them is a real place's record.
 */
final class Places {

    static final String COUNTY = "青禾县";
    /** Prefix of the county's approval document numbers (文号), as in 青发改振兴〔2023〕12号. */
    static final String DOCUMENT_PREFIX = "青发改振兴";
    /** An office landline: the 555 exchange marks it as made up, and it can never look like a mobile number. */
    static final String COUNTY_HOTLINE = "0391-5550123";

    /**
     * A town (镇, 乡 or 街道). {@code letters} go into project codes; {@code regionCode} is the town's
     * 4199xx ID-number region — 99 is no real prefecture of province 41, so no sample ID is a real one.
     */
    record Town(String name, String letters, String regionCode, String office, List<String> villages) {
        /** The town's own complaint line, used by projects that give one instead of the county's. */
        String hotline() {
            return "0391-5552" + regionCode.substring(4) + "0";
        }
    }

    static final List<Town> TOWNS = List.of(
            town("白石镇", "BS", 1, "东陈村", "西陈村", "白石村", "上岭村", "下岭村", "石桥村"),
            town("青禾镇", "QH", 2, "青禾村", "禾丰村", "南湾村", "北湾村", "柳塘村"),
            town("三河镇", "SH", 3, "三河村", "河口村", "新河村", "老河湾村", "杨庄村", "李庄村", "王庄村"),
            town("沙坪镇", "SP", 4, "沙坪村", "坪上村", "坪下村", "红岩村", "黄泥村"),
            town("云岭乡", "YL", 5, "云岭村", "云峰村", "高山村", "茶园村", "竹林村", "松树村"),
            town("安乐镇", "AL", 6, "安乐村", "安平村", "乐丰村", "永安村", "长乐村", "和平村", "太平村", "兴隆村"),
            town("马头镇", "MT", 7, "马头村", "马家湾村", "槐树村", "枣林村", "梨园村"),
            town("金溪镇", "JX", 8, "金溪村", "溪口村", "上溪村", "下溪村", "金鸡村", "银杏村"),
            town("龙泉镇", "LQ", 9, "龙泉村", "泉水村", "龙湾村", "卧龙村", "双龙村"),
            town("桃源乡", "TY", 10, "桃源村", "桃花村", "杏花村", "梅岭村", "果园村", "花溪村", "桃李村"),
            town("石门镇", "SM", 11, "石门村", "门前村", "东岗村", "西岗村", "南岗村", "北岗村"),
            town("大坝镇", "DB", 12, "大坝村", "坝头村", "坝尾村", "新庄村", "旧庄村"),
            town("凤凰镇", "FH", 13, "凤凰村", "凤鸣村", "凤山村", "鸾溪村", "朝阳村", "向阳村"),
            town("城关街道", "CG", 14, "东关社区", "西关社区", "南关社区", "北关社区"),
            town("柳林镇", "LL", 15, "柳林村", "柳湾村", "林场村", "杨柳村", "前进村", "胜利村"),
            town("黄土岭乡", "HT", 16, "黄土岭村", "土门村", "岭上村", "岭下村", "沟口村"));

    /** The urban subdistrict, where city greening and sanitation projects mostly are. */
    static final Town URBAN = TOWNS.get(13);

    private Places() {
    }

    private static Town town(String name, String letters, int number, String... villages) {
        String office = name.endsWith("街道") ? name + "办事处" : name + "人民政府";
        return new Town(name, letters, String.format("4199%02d", number), office, List.of(villages));
    }
}
