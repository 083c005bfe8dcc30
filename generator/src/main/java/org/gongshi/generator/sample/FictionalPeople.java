package org.gongshi.generator.sample;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.gongshi.generator.validate.CardNumbers;
import org.gongshi.generator.validate.IdNumbers;

/**
 * Makes up workers: names, ID numbers, mobile numbers and bank cards that pass every format check but
 * belong to nobody. One instance per sample tree, because it remembers the ID numbers already issued.
 */
final class FictionalPeople {

    /** One worker's private details, as a roster row carries them. */
    record Person(String name, String idNumber, String phone, String bank, String cardNumber) {
    }

    // Roughly in order of frequency, so drawing towards the front gives a realistic mix.
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
            + "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
            + "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙"
            + "鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师";
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "公孙", "夏侯", "端木", "司徒"};
    private static final String MALE_GIVEN = "建国明华军伟强平勇杰涛斌刚峰磊超波辉鹏飞林海东志文俊新春永德荣福贵宝金山成忠祥发生庆学红卫兵民利根保旺喜云龙振兴双胜江松亮锋阳浩宇凯晨博宁帅洋鑫";
    private static final String FEMALE_GIVEN = "秀英兰芳玲霞梅娟萍燕红丽敏静琴凤云莲珍华桂翠玉香娥艳慧婷雪莉琳丹晶洁颖倩月春美荣菊花巧素爱淑彩银平芬琼杏叶霜";
    private static final int[] MOBILE_PREFIXES = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156,
            157, 158, 159, 166, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191, 198, 199};

    /** Banks a county's villagers use; card prefixes are made up (6299xx) and lengths differ as real ones do. */
    private record Bank(String name, String prefix, int length, int weight) {
    }

    private static final Bank[] BANKS = {
            new Bank("青禾农村商业银行", "629903", 19, 5),
            new Bank("中国农业银行青禾县支行", "629901", 19, 3),
            new Bank("中国邮政储蓄银行青禾县支行", "629902", 19, 3),
            new Bank("中国建设银行青禾县支行", "629904", 16, 1),
            new Bank("中国工商银行青禾县支行", "629905", 19, 1),
            new Bank("中国银行青禾县支行", "629906", 18, 1)};
    private static final int BANK_WEIGHTS = 14;

    private final Set<Long> issuedIds = new HashSet<>();

    /**
     * A worker from {@code town}, aged 20–64 in {@code workYear}. {@code clanSurname} is the surname many
     * people of the village share; a share of workers get it, as in real rosters.
     */
    Person person(SplittableRandom r, Places.Town town, int workYear, char clanSurname) {
        boolean male = r.nextInt(100) < 62;
        String name = name(r, male, clanSurname);
        // Two draws, keep the larger: rural work-relief crews are mostly middle-aged and older.
        int age = 21 + Math.max(r.nextInt(44), r.nextInt(44));
        LocalDate birth = LocalDate.ofYearDay(workYear - age, 1 + r.nextInt(365));
        String id = idNumber(r, town.regionCode(), birth, male);
        Bank bank = bank(r);
        String bankName = bank.name.equals("青禾农村商业银行") ? bank.name + town.name() + "支行" : bank.name;
        return new Person(name, id, mobile(r), bankName, cardNumber(r, bank));
    }

    /** Mostly three characters; about one in nine has two, about one in seventy a four-character 复姓 name. */
    String name(SplittableRandom r, boolean male, char clanSurname) {
        String given = male ? MALE_GIVEN : FEMALE_GIVEN;
        StringBuilder name = new StringBuilder(4);
        int kind = r.nextInt(1000);
        if (kind < 15) {
            name.append(COMPOUND_SURNAMES[r.nextInt(COMPOUND_SURNAMES.length)]);
        } else if (r.nextInt(100) < 30) {
            name.append(clanSurname);
        } else {
            name.append(SURNAMES.charAt(Math.min(r.nextInt(SURNAMES.length()), r.nextInt(SURNAMES.length()))));
        }
        name.append(given.charAt(r.nextInt(given.length())));
        if (kind >= 15 && kind < 125) {
            return name.toString();
        }
        name.append(given.charAt(r.nextInt(given.length())));
        return name.toString();
    }

    /** A surname for a village's dominant clan. */
    static char clanSurname(SplittableRandom r) {
        return SURNAMES.charAt(r.nextInt(30));
    }

    /**
     * An ID number never issued before in this tree: region, birth date, a three-digit sequence code whose
     * last digit is odd for men (as GB 11643 says), and the check character. On the rare clash the
     * sequence code steps by two, which keeps the sex digit and stays deterministic. The issued numbers
     * are remembered as longs (17 digits fit), a few megabytes even for a very large sample.
     */
    String idNumber(SplittableRandom r, String regionCode, LocalDate birth, boolean male) {
        // 001–999, never 000: odd 1..999 for men, even 2..998 for women.
        int sequence = male ? 1 + 2 * r.nextInt(500) : 2 + 2 * r.nextInt(499);
        long prefix = Long.parseLong(regionCode) * 100_000_000L + birth.getYear() * 10_000L
                + birth.getMonthValue() * 100L + birth.getDayOfMonth();
        long first17 = prefix * 1000 + sequence;
        for (int tries = 0; !issuedIds.add(first17); tries++) {
            if (tries == 500) {
                throw new IllegalStateException("no free sequence code for " + prefix);
            }
            sequence = sequence + 2 <= 999 ? sequence + 2 : (male ? 1 : 2);
            first17 = prefix * 1000 + sequence;
        }
        String digits = Long.toString(first17);
        return digits + IdNumbers.checkCharacter(digits);
    }

    static String mobile(SplittableRandom r) {
        // Digit by digit rather than String.format, which parses its pattern on every call.
        StringBuilder phone = new StringBuilder(11).append(MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)]);
        for (int i = 0; i < 8; i++) {
            phone.append((char) ('0' + r.nextInt(10)));
        }
        return phone.toString();
    }

    private static Bank bank(SplittableRandom r) {
        int pick = r.nextInt(BANK_WEIGHTS);
        for (Bank bank : BANKS) {
            pick -= bank.weight;
            if (pick < 0) {
                return bank;
            }
        }
        return BANKS[0];
    }

    private static String cardNumber(SplittableRandom r, Bank bank) {
        StringBuilder card = new StringBuilder(bank.length).append(bank.prefix);
        while (card.length() < bank.length - 1) {
            card.append((char) ('0' + r.nextInt(10)));
        }
        return card.append(CardNumbers.luhnCheckDigit(card)).toString();
    }
}
