package org.gongshi.generator.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.gongshi.generator.model.ConstructionArea;

/**
 * What sample projects build: for each construction area and sub-type of the content format, the kinds of
 * works counties put under 以工代赈, with their 建设内容, what they do for villagers, and the jobs on site.
 */
final class ProjectKinds {

    /**
     * One kind of works. {@code thing} ends the project name (白石镇东陈村 + 生产道路硬化工程); {@code content}
     * and {@code gain} draw the quantities; {@code skilledJobs} are the trades working beside the 普工.
     */
    record Kind(ConstructionArea area, String subType, String thing, Function<SplittableRandom, String> content,
                Function<SplittableRandom, String> gain, List<String> skilledJobs) {
    }

    private static final ConstructionArea RURAL = ConstructionArea.RURAL_PUBLIC_INFRASTRUCTURE;
    private static final ConstructionArea INDUSTRY = ConstructionArea.INDUSTRY_SUPPORT;
    private static final ConstructionArea URBAN = ConstructionArea.URBAN_GREENING_SANITATION;
    private static final ConstructionArea KEY = ConstructionArea.KEY_PROJECT_SUPPORT;

    private static final List<String> CONCRETE = List.of("砌筑工", "混凝土工", "钢筋工", "机械操作手");
    private static final List<String> WATER = List.of("砌筑工", "混凝土工", "管道工", "机械操作手");
    private static final List<String> GREEN = List.of("绿化工", "养护工");
    private static final List<String> SANITATION = List.of("保洁员", "砌筑工");
    private static final List<String> CRAFT = List.of("砌筑工", "木工", "石工");
    private static final List<String> STEEL = List.of("钢架安装工", "电工", "焊工");

    static final List<Kind> ALL = List.of(
            new Kind(RURAL, "生活", "村内巷道硬化工程",
                    r -> "硬化村内巷道" + n(r, 12, 40, 1) + "条共" + n(r, 900, 3200, 10) + "米，宽" + pick(r, "2.5", "3.0", "3.5")
                            + "米，C25混凝土路面厚18厘米，配套排水沟" + n(r, 300, 1500, 10) + "米。",
                    r -> "解决雨天巷道泥泞、群众出行不便问题", CONCRETE),
            new Kind(RURAL, "生活", "垃圾收集点建设工程",
                    r -> "新建垃圾收集点" + n(r, 8, 30, 1) + "处，每处砖混结构约" + n(r, 6, 12, 1) + "平方米，配置分类垃圾桶"
                            + n(r, 40, 150, 5) + "个，硬化周边场地" + n(r, 200, 800, 10) + "平方米。",
                    r -> "改善村庄人居环境，生活垃圾做到定点投放、日产日清", SANITATION),
            new Kind(RURAL, "生活", "村内排水沟渠建设工程",
                    r -> "新建砖砌排水沟" + n(r, 1200, 4500, 10) + "米，断面" + pick(r, "0.4×0.5", "0.5×0.6", "0.6×0.8")
                            + "米，预制盖板" + n(r, 600, 2400, 10) + "块，检查井" + n(r, 10, 40, 1) + "座。",
                    r -> "解决村内雨污积水问题，改善" + n(r, 80, 400, 5) + "户群众居住环境", CONCRETE),
            new Kind(RURAL, "生活", "村内路灯安装工程",
                    r -> "安装太阳能路灯" + n(r, 60, 260, 5) + "盏，灯杆高" + pick(r, "6", "7", "8") + "米，基础浇筑"
                            + "及线路敷设配套。",
                    r -> "解决群众夜间出行照明问题，提高村内安全水平", STEEL),
            new Kind(RURAL, "交通", "生产道路硬化工程",
                    r -> "硬化生产道路" + n(r, 800, 3600, 10) + "米，路面宽" + pick(r, "3.5", "4.0", "4.5")
                            + "米，C25混凝土路面厚20厘米，配套错车道" + n(r, 2, 8, 1) + "处。",
                    r -> "解决" + n(r, 600, 3000, 50) + "亩农田机械化耕作和农产品运输难题", CONCRETE),
            new Kind(RURAL, "交通", "通组道路硬化工程",
                    r -> "硬化通组道路" + n(r, 1000, 4200, 10) + "米，宽" + pick(r, "3.5", "4.5") + "米，铺设涵管"
                            + n(r, 4, 20, 1) + "处，设置安全防护栏" + n(r, 100, 600, 10) + "米。",
                    r -> "打通" + n(r, 2, 6, 1) + "个村民小组出行“最后一公里”", CONCRETE),
            new Kind(RURAL, "交通", "漫水桥建设工程",
                    r -> "新建钢筋混凝土漫水桥" + n(r, 1, 3, 1) + "座，桥长" + n(r, 18, 60, 1) + "米，宽"
                            + pick(r, "4.5", "5.0", "6.0") + "米，两端引道硬化" + n(r, 80, 300, 10) + "米。",
                    r -> "解决汛期两岸群众出行和学生上学过河难问题", CONCRETE),
            new Kind(RURAL, "交通", "村道错车道及安防工程",
                    r -> "新建错车道" + n(r, 8, 30, 1) + "处，安装波形护栏" + n(r, 600, 2500, 10) + "米，设置警示标志"
                            + n(r, 10, 40, 1) + "块。",
                    r -> "提高山区村道通行安全，方便农产品外运", CONCRETE),
            new Kind(RURAL, "水利", "灌溉渠道维修工程",
                    r -> "维修加固灌溉渠道" + n(r, 1500, 6000, 10) + "米，渠道混凝土衬砌厚" + pick(r, "8", "10", "12")
                            + "厘米，新建节制闸" + n(r, 2, 10, 1) + "座、分水口" + n(r, 10, 40, 1) + "处。",
                    r -> "恢复和改善灌溉面积" + n(r, 800, 4000, 50) + "亩", WATER),
            new Kind(RURAL, "水利", "山塘清淤整治工程",
                    r -> "清淤山塘" + n(r, 2, 8, 1) + "口，清淤量约" + n(r, 3000, 15000, 100) + "立方米，加固塘坝"
                            + n(r, 200, 800, 10) + "米，维修放水设施" + n(r, 2, 8, 1) + "处。",
                    r -> "新增蓄水约" + n(r, 5000, 30000, 500) + "立方米，保障" + n(r, 300, 2000, 50) + "亩农田灌溉", WATER),
            new Kind(RURAL, "水利", "小型蓄水池建设工程",
                    r -> "新建" + pick(r, "100", "200", "300") + "立方米蓄水池" + n(r, 3, 12, 1) + "座，铺设输水管道"
                            + n(r, 1500, 6000, 10) + "米。",
                    r -> "解决" + n(r, 300, 1500, 50) + "亩旱地抗旱和" + n(r, 40, 200, 5) + "户人畜用水问题", WATER),
            new Kind(RURAL, "水利", "排灌站维修工程",
                    r -> "维修排灌站" + n(r, 1, 3, 1) + "座，更换水泵机组" + n(r, 2, 6, 1) + "台套，维修进出水池及配套渠道"
                            + n(r, 300, 1500, 10) + "米。",
                    r -> "保障" + n(r, 1000, 5000, 100) + "亩农田排涝灌溉", WATER),
            new Kind(INDUSTRY, "农牧", "蔬菜大棚配套设施建设工程",
                    r -> "为" + n(r, 20, 80, 1) + "座蔬菜大棚配套建设生产便道" + n(r, 500, 2000, 10) + "米、滴灌管网"
                            + n(r, 3000, 12000, 100) + "米、集雨池" + n(r, 2, 6, 1) + "座。",
                    r -> "带动" + n(r, 30, 120, 1) + "户群众发展设施蔬菜，户均年增收约" + n(r, 3, 12, 1) + "千元", STEEL),
            new Kind(INDUSTRY, "农牧", "茶园生产便道建设工程",
                    r -> "新建茶园生产便道" + n(r, 1500, 5000, 10) + "米，宽" + pick(r, "1.5", "2.0", "2.5")
                            + "米，配套排水沟和采茶平台" + n(r, 3, 10, 1) + "处。",
                    r -> "方便" + n(r, 500, 2500, 50) + "亩茶园采摘管护，降低运输成本", CONCRETE),
            new Kind(INDUSTRY, "农牧", "养殖小区配套设施工程",
                    r -> "为养殖小区建设进场道路" + n(r, 300, 1200, 10) + "米、粪污收集池" + n(r, 2, 6, 1)
                            + "座、防疫消毒通道" + n(r, 1, 3, 1) + "处。",
                    r -> "带动" + n(r, 15, 60, 1) + "户群众发展规模养殖", CONCRETE),
            new Kind(INDUSTRY, "农牧", "果园灌溉管网工程",
                    r -> "铺设果园灌溉管网" + n(r, 4000, 15000, 100) + "米，新建提灌泵房" + n(r, 1, 2, 1) + "座、"
                            + "高位水池" + n(r, 1, 3, 1) + "座。",
                    r -> "改善" + n(r, 500, 3000, 50) + "亩果园灌溉条件，稳定果品产量", WATER),
            new Kind(INDUSTRY, "文旅", "旅游步道建设工程",
                    r -> "新建旅游步道" + n(r, 1200, 5000, 10) + "米，石板铺装宽" + pick(r, "1.5", "2.0") + "米，"
                            + "配套休息亭" + n(r, 2, 6, 1) + "座、导览标识" + n(r, 10, 40, 1) + "块。",
                    r -> "完善乡村旅游设施，带动周边农家乐和土特产销售", CRAFT),
            new Kind(INDUSTRY, "文旅", "乡村旅游停车场建设工程",
                    r -> "新建生态停车场" + n(r, 2000, 6000, 100) + "平方米，停车位" + n(r, 60, 200, 5) + "个，"
                            + "配套公厕1座、绿化" + n(r, 300, 1200, 10) + "平方米。",
                    r -> "解决旅游旺季停车难，带动村集体经济增收", CONCRETE),
            new Kind(INDUSTRY, "文旅", "民俗文化广场建设工程",
                    r -> "新建民俗文化广场" + n(r, 1500, 5000, 100) + "平方米，配套戏台1座、文化长廊"
                            + n(r, 30, 120, 5) + "米。",
                    r -> "为群众提供文化活动场所，承接乡村旅游民俗展演", CRAFT),
            new Kind(URBAN, "绿化", "绿化提升工程",
                    r -> "补植乔木" + n(r, 200, 1200, 10) + "株、灌木" + n(r, 2000, 12000, 100) + "株，铺设草坪"
                            + n(r, 1500, 8000, 100) + "平方米，修复绿地围挡" + n(r, 300, 1500, 10) + "米。",
                    r -> "提升城镇绿化水平，改善居民休闲环境", GREEN),
            new Kind(URBAN, "绿化", "口袋公园建设工程",
                    r -> "建设口袋公园" + n(r, 2, 5, 1) + "处共" + n(r, 1500, 6000, 100) + "平方米，铺装透水步道"
                            + n(r, 300, 1200, 10) + "米，栽植苗木" + n(r, 500, 3000, 50) + "株。",
                    r -> "为周边" + n(r, 2000, 9000, 100) + "名居民提供就近休闲空间", GREEN),
            new Kind(URBAN, "绿化", "河岸绿化带建设工程",
                    r -> "建设河岸绿化带" + n(r, 1000, 4000, 10) + "米，宽" + n(r, 5, 15, 1) + "米，栽植乔灌木"
                            + n(r, 1500, 8000, 100) + "株。",
                    r -> "固土护岸，改善河道两岸生态环境", GREEN),
            new Kind(URBAN, "环卫", "公厕改造工程",
                    r -> "改造公共厕所" + n(r, 4, 15, 1) + "座，更新洁具" + n(r, 30, 120, 5) + "套，增设无障碍厕位和"
                            + "第三卫生间。",
                    r -> "解决群众如厕难、如厕脏问题，方便老年人和残疾人", SANITATION),
            new Kind(URBAN, "环卫", "垃圾中转点建设工程",
                    r -> "新建垃圾中转点" + n(r, 2, 6, 1) + "处，配置压缩箱" + n(r, 2, 8, 1) + "台，硬化场地"
                            + n(r, 300, 1200, 10) + "平方米。",
                    r -> "提高生活垃圾清运效率，减少沿街垃圾堆放", SANITATION),
            new Kind(URBAN, "环卫", "背街小巷环境整治工程",
                    r -> "整治背街小巷" + n(r, 10, 40, 1) + "条，修复破损路面" + n(r, 2000, 8000, 100) + "平方米，"
                            + "清理卫生死角" + n(r, 30, 150, 5) + "处。",
                    r -> "改善老旧街区环境卫生，方便居民出行", SANITATION),
            new Kind(KEY, "土方地基", "产业园区场地平整工程",
                    r -> "平整场地" + n(r, 20, 120, 1) + "亩，土方开挖" + n(r, 8000, 40000, 100) + "立方米、回填"
                            + n(r, 5000, 30000, 100) + "立方米。",
                    r -> "为园区项目落地提供建设用地，就近吸纳群众务工", CONCRETE),
            new Kind(KEY, "土方地基", "土方开挖回填工程",
                    r -> "配合县重点项目开展土方开挖" + n(r, 5000, 30000, 100) + "立方米、回填压实"
                            + n(r, 4000, 25000, 100) + "立方米。",
                    r -> "在重点工程建设中吸纳当地群众务工增收", CONCRETE),
            new Kind(KEY, "小型附属工程", "护坡挡墙建设工程",
                    r -> "新建浆砌石挡土墙" + n(r, 300, 1500, 10) + "米，平均高" + pick(r, "2.5", "3.0", "4.0")
                            + "米，植草护坡" + n(r, 2000, 8000, 100) + "平方米。",
                    r -> "消除边坡垮塌隐患，保障沿线群众安全", CONCRETE),
            new Kind(KEY, "小型附属工程", "排水边沟建设工程",
                    r -> "新建排水边沟" + n(r, 1500, 6000, 10) + "米，盖板涵" + n(r, 4, 20, 1) + "道。",
                    r -> "保障重点项目周边排水通畅，减少对农田的影响", CONCRETE),
            new Kind(KEY, "小型附属工程", "附属道路硬化工程",
                    r -> "硬化项目附属道路" + n(r, 600, 2500, 10) + "米，宽" + pick(r, "4.5", "6.0") + "米，配套路灯"
                            + n(r, 20, 80, 5) + "盏。",
                    r -> "方便周边群众出行，就近吸纳群众务工", CONCRETE));

    private ProjectKinds() {
    }

    /** A kind of the given sub-type. */
    static Kind of(String subType, SplittableRandom r) {
        List<Kind> matching = ALL.stream().filter(k -> k.subType().equals(subType)).toList();
        return matching.get(r.nextInt(matching.size()));
    }

    /** A whole number between {@code low} and {@code high}, in steps of {@code step}. */
    static int n(SplittableRandom r, int low, int high, int step) {
        return low + r.nextInt((high - low) / step + 1) * step;
    }

    private static String pick(SplittableRandom r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
