package io.lifeboat.demo;

import io.lifeboat.model.SegmentKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample agency's world: the South China coast, Hong Kong, Macau, Hainan, Fujian, Guangxi, Taiwan
 * and Okinawa, the trips it sells there, and the names and phone plans of its travelers.
 * Sea areas use region {@code ZZ} (ISO 3166 "unknown"): a cruise at sea is in no region, only at a point.
 */
final class World {
    static final String CN = "+08:00";
    static final String JP = "+09:00";

    static final Map<String, Place> PLACES = new LinkedHashMap<>();

    static {
        place("GZ", "Guangzhou", "广州", "CN-GD-GZ", 23.1291, 113.2644, CN);
        place("SZ", "Shenzhen", "深圳", "CN-GD-SZ", 22.5431, 114.0579, CN);
        place("ZH", "Zhuhai", "珠海", "CN-GD-ZH", 22.2710, 113.5767, CN);
        place("ST", "Shantou", "汕头", "CN-GD-ST", 23.3541, 116.6820, CN);
        place("ZJ", "Zhanjiang", "湛江", "CN-GD-ZJ", 21.2707, 110.3594, CN);
        place("HKG", "Hong Kong", "香港", "HK", 22.3027, 114.1772, CN);
        place("MFM", "Macau", "澳门", "MO", 22.1987, 113.5439, CN);
        place("SYX", "Sanya", "三亚", "CN-HI-SY", 18.2528, 109.5119, CN);
        place("HAK", "Haikou", "海口", "CN-HI-HK", 20.0440, 110.1999, CN);
        place("XMN", "Xiamen", "厦门", "CN-FJ-XM", 24.4798, 118.0894, CN);
        place("FOC", "Fuzhou", "福州", "CN-FJ-FZ", 26.0745, 119.2965, CN);
        place("JJN", "Quanzhou", "泉州", "CN-FJ-QZ", 24.8741, 118.6757, CN);
        place("YD", "Yongding Tulou", "永定土楼", "CN-FJ-LY", 24.6676, 116.9780, CN);
        place("BHY", "Beihai", "北海", "CN-GX-BH", 21.4733, 109.1192, CN);
        place("TPE", "Taipei", "台北", "TW-TPE", 25.0330, 121.5654, CN);
        place("KEE", "Keelung", "基隆", "TW-KEE", 25.1276, 121.7392, CN);
        place("HUN", "Hualien", "花莲", "TW-HUA", 23.9872, 121.6016, CN);
        place("KHH", "Kaohsiung", "高雄", "TW-KHH", 22.6273, 120.3014, CN);
        place("OKA", "Naha", "那霸", "JP-47", 26.2124, 127.6809, JP);
        place("ISG", "Ishigaki", "石垣", "JP-47", 24.3448, 124.1572, JP);
        place("SEA-SCS", "South China Sea", "南海", "ZZ", 20.9, 116.4, CN);
        place("SEA-TWS", "Taiwan Strait", "台湾海峡", "ZZ", 23.6, 119.4, CN);
        place("SEA-BSC", "Bashi Channel", "巴士海峡", "ZZ", 21.4, 121.2, CN);
        place("SEA-ECS", "East China Sea", "东海", "ZZ", 25.6, 125.0, JP);
    }

    /** Cities where the agency has hotels, coaches and activity providers under contract. */
    static final List<String> SUPPLIED = List.of("GZ", "SZ", "ZH", "ST", "ZJ", "HKG", "MFM", "SYX", "HAK", "XMN",
            "FOC", "JJN", "BHY", "TPE", "HUN", "KHH", "OKA", "ISG", "KEE");

    static final List<Itinerary> ITINERARIES = List.of(
            new Itinerary("Pearl River Delta 5 days", 16, List.of(
                    leg(SegmentKind.FLIGHT, "GZ", 0, 9, 3, "Flight to Guangzhou Baiyun"),
                    leg(SegmentKind.HOTEL, "GZ", 0, 15, 45, null),
                    leg(SegmentKind.TOUR, "GZ", 1, 9, 8, "Chen Clan Academy and Shamian Island"),
                    leg(SegmentKind.COACH, "GZ", 2, 13, 2.5, "Coach Guangzhou to Shenzhen"),
                    leg(SegmentKind.HOTEL, "SZ", 2, 16, 20, null),
                    leg(SegmentKind.COACH, "SZ", 3, 9, 2, "Coach Shenzhen to Hong Kong"),
                    leg(SegmentKind.HOTEL, "HKG", 3, 14, 22, null),
                    leg(SegmentKind.TOUR, "HKG", 3, 17, 5, "Victoria Peak and harbour night cruise"),
                    leg(SegmentKind.COACH, "HKG", 4, 12, 1.5, "Coach over the Hong Kong-Zhuhai-Macau Bridge"),
                    leg(SegmentKind.TOUR, "MFM", 4, 14, 4, "Historic Centre of Macau"),
                    leg(SegmentKind.FLIGHT, "MFM", 4, 19, 3, "Flight home from Macau")), false),
            new Itinerary("Hainan beaches 4 days", 14, List.of(
                    leg(SegmentKind.FLIGHT, "SYX", 0, 8, 3.5, "Flight to Sanya Phoenix"),
                    leg(SegmentKind.HOTEL, "SYX", 0, 14, 70, null),
                    leg(SegmentKind.ACTIVITY, "SYX", 1, 9, 5, "Wuzhizhou Island snorkelling"),
                    leg(SegmentKind.TOUR, "SYX", 2, 9, 7, "Nanshan Temple and Tianya Haijiao"),
                    leg(SegmentKind.FLIGHT, "SYX", 3, 15, 3.5, "Flight home from Sanya")), false),
            new Itinerary("Xiamen and Tulou 4 days", 10, List.of(
                    leg(SegmentKind.TRAIN, "XMN", 0, 8, 4, "High-speed train to Xiamen North"),
                    leg(SegmentKind.HOTEL, "XMN", 0, 14, 70, null),
                    leg(SegmentKind.TOUR, "XMN", 1, 9, 6, "Gulangyu Island walking tour"),
                    leg(SegmentKind.COACH, "YD", 2, 8, 10, "Day trip to the Yongding Tulou"),
                    leg(SegmentKind.TRAIN, "XMN", 3, 14, 4, "High-speed train home")), false),
            new Itinerary("Hong Kong, Keelung, Naha, Ishigaki cruise 6 nights", 12, List.of(
                    leg(SegmentKind.CRUISE, "HKG", 0, 13, 5, "Embarkation at Kai Tak Cruise Terminal"),
                    leg(SegmentKind.CRUISE, "SEA-SCS", 0, 18, 37, "Day at sea"),
                    leg(SegmentKind.CRUISE, "KEE", 2, 7, 12, "Port call Keelung"),
                    leg(SegmentKind.CRUISE, "SEA-ECS", 2, 19, 12, "Overnight at sea"),
                    leg(SegmentKind.CRUISE, "OKA", 3, 8, 11, "Port call Naha"),
                    leg(SegmentKind.CRUISE, "ISG", 4, 8, 10, "Port call Ishigaki"),
                    leg(SegmentKind.CRUISE, "SEA-BSC", 4, 18, 38, "Day at sea"),
                    leg(SegmentKind.CRUISE, "HKG", 6, 8, 2, "Disembarkation at Kai Tak")), true),
            new Itinerary("Xiamen, Naha cruise 4 nights", 7, List.of(
                    leg(SegmentKind.CRUISE, "XMN", 0, 14, 4, "Embarkation at Xiamen International Cruise Centre"),
                    leg(SegmentKind.CRUISE, "SEA-TWS", 0, 18, 38, "Day at sea"),
                    leg(SegmentKind.CRUISE, "OKA", 2, 8, 10, "Port call Naha"),
                    leg(SegmentKind.CRUISE, "SEA-ECS", 2, 18, 38, "Day at sea"),
                    leg(SegmentKind.CRUISE, "XMN", 4, 8, 2, "Disembarkation at Xiamen")), true),
            new Itinerary("Sanya, Ha Long Bay cruise 3 nights", 5, List.of(
                    leg(SegmentKind.CRUISE, "SYX", 0, 15, 3, "Embarkation at Sanya Phoenix Island"),
                    leg(SegmentKind.CRUISE, "SEA-SCS", 0, 18, 62, "Days at sea"),
                    leg(SegmentKind.CRUISE, "SYX", 3, 8, 2, "Disembarkation at Sanya")), true),
            new Itinerary("Taiwan round-island 6 days", 9, List.of(
                    leg(SegmentKind.FLIGHT, "TPE", 0, 9, 2, "Flight to Taoyuan"),
                    leg(SegmentKind.HOTEL, "TPE", 0, 15, 45, null),
                    leg(SegmentKind.TOUR, "TPE", 1, 9, 8, "National Palace Museum and Jiufen"),
                    leg(SegmentKind.TRAIN, "HUN", 2, 9, 2.5, "Train Taipei to Hualien"),
                    leg(SegmentKind.HOTEL, "HUN", 2, 14, 22, null),
                    leg(SegmentKind.TOUR, "HUN", 2, 15, 4, "Taroko Gorge"),
                    leg(SegmentKind.COACH, "KHH", 3, 13, 5, "Coach Hualien to Kaohsiung"),
                    leg(SegmentKind.HOTEL, "KHH", 3, 19, 41, null),
                    leg(SegmentKind.FLIGHT, "KHH", 5, 12, 2, "Flight home from Kaohsiung")), false),
            new Itinerary("Okinawa 4 days", 8, List.of(
                    leg(SegmentKind.FLIGHT, "OKA", 0, 9, 2.5, "Flight to Naha"),
                    leg(SegmentKind.HOTEL, "OKA", 0, 15, 69, null),
                    leg(SegmentKind.ACTIVITY, "OKA", 1, 9, 6, "Kerama Islands snorkelling"),
                    leg(SegmentKind.TOUR, "OKA", 2, 9, 8, "Shuri Castle and Churaumi Aquarium"),
                    leg(SegmentKind.FLIGHT, "OKA", 3, 14, 2.5, "Flight home from Naha")), false),
            new Itinerary("Beihai and Zhanjiang coast 4 days", 5, List.of(
                    leg(SegmentKind.TRAIN, "BHY", 0, 8, 5, "Train to Beihai"),
                    leg(SegmentKind.HOTEL, "BHY", 0, 15, 44, null),
                    leg(SegmentKind.ACTIVITY, "BHY", 1, 9, 6, "Weizhou Island volcano coast"),
                    leg(SegmentKind.COACH, "ZJ", 2, 11, 3, "Coach Beihai to Zhanjiang"),
                    leg(SegmentKind.HOTEL, "ZJ", 2, 15, 20, null),
                    leg(SegmentKind.TRAIN, "ZJ", 3, 12, 5, "Train home from Zhanjiang")), false),
            new Itinerary("Chaoshan food trail 3 days", 5, List.of(
                    leg(SegmentKind.TRAIN, "ST", 0, 8, 3, "High-speed train to Chaoshan"),
                    leg(SegmentKind.HOTEL, "ST", 0, 13, 47, null),
                    leg(SegmentKind.TOUR, "ST", 1, 10, 6, "Chaozhou old town and tea houses"),
                    leg(SegmentKind.TRAIN, "ST", 2, 13, 3, "Train home")), false),
            new Itinerary("Macau and Zhuhai weekend", 6, List.of(
                    leg(SegmentKind.COACH, "ZH", 0, 9, 2, "Coach to Zhuhai"),
                    leg(SegmentKind.HOTEL, "ZH", 0, 14, 20, null),
                    leg(SegmentKind.TOUR, "MFM", 1, 9, 7, "Macau heritage walk and Cotai"),
                    leg(SegmentKind.COACH, "ZH", 1, 17, 2, "Coach home")), false),
            new Itinerary("Fujian coast 5 days", 3, List.of(
                    leg(SegmentKind.FLIGHT, "FOC", 0, 9, 2.5, "Flight to Fuzhou"),
                    leg(SegmentKind.HOTEL, "FOC", 0, 14, 44, null),
                    leg(SegmentKind.TOUR, "FOC", 1, 9, 7, "Three Lanes and Seven Alleys"),
                    leg(SegmentKind.COACH, "JJN", 2, 10, 3, "Coach Fuzhou to Quanzhou"),
                    leg(SegmentKind.HOTEL, "JJN", 2, 14, 44, null),
                    leg(SegmentKind.TOUR, "JJN", 3, 9, 6, "Kaiyuan Temple and the Maritime Silk Road"),
                    leg(SegmentKind.COACH, "XMN", 4, 10, 2, "Coach to Xiamen airport")), false));

    /**
     * Traveler origins: locale, share of bookings, and a mobile numbering plan: the number is
     * {@code phonePrefix} + one of {@code next} + {@code restDigits} random digits.
     */
    record Origin(String locale, int weight, String phonePrefix, int restDigits, String[] next, String domain) {
    }

    // Prefixes chosen so every generated number is valid in libphonenumber's metadata (checked by a test).
    static final List<Origin> ORIGINS = List.of(
            new Origin("zh-CN", 58, "+861", 8, new String[] {"39", "58", "86", "37", "50", "51", "52", "87", "88"},
                    "example.cn"),
            new Origin("zh-HK", 8, "+852", 6, new String[] {"61", "63", "64", "65", "69", "94", "96", "97"}, "example.hk"),
            new Origin("zh-TW", 6, "+8869", 7, new String[] {"1", "2", "3", "7", "8"}, "example.tw"),
            new Origin("en", 10, "+447", 8, new String[] {"4", "5", "8"}, "example.co.uk"),
            new Origin("en-AU", 4, "+614", 7, new String[] {"0", "1", "2", "3", "6"}, "example.com.au"),
            new Origin("ja", 14, "+81", 8, new String[] {"80"}, "example.jp"));

    static final String[][] CN_SURNAMES = {{"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"},
        {"杨", "yang"}, {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"},
        {"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"林", "lin"}, {"罗", "luo"},
        {"梁", "liang"}, {"谢", "xie"}, {"郑", "zheng"}};
    static final String[][] CN_GIVEN = {{"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"},
        {"丽", "li"}, {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
        {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀英", "xiuying"},
        {"桂英", "guiying"}, {"建华", "jianhua"}, {"志强", "zhiqiang"}, {"晓燕", "xiaoyan"}, {"嘉怡", "jiayi"},
        {"子轩", "zixuan"}, {"雨桐", "yutong"}};
    static final String[][] HK_NAMES = {{"陳大文", "chan.taiman"}, {"黃美玲", "wong.meiling"}, {"李家豪", "lee.kahou"},
        {"張志明", "cheung.chiming"}, {"梁詠琪", "leung.wingki"}, {"何嘉欣", "ho.kayan"}, {"林子健", "lam.tszkin"},
        {"吳淑儀", "ng.shukyee"}};
    static final String[][] TW_NAMES = {{"陳怡君", "chen.yijun"}, {"林家豪", "lin.jiahao"}, {"黃雅婷", "huang.yating"},
        {"張志偉", "zhang.zhiwei"}, {"王淑芬", "wang.shufen"}, {"李宗翰", "li.zonghan"}, {"吳佩珊", "wu.peishan"}};
    static final String[] EN_FIRST = {"James", "Olivia", "Thomas", "Amelia", "William", "Isla", "Jack", "Emily",
        "Oliver", "Grace", "Henry", "Charlotte", "Noah", "Sophie", "Lucas", "Chloe"};
    static final String[] EN_LAST = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
        "Roberts", "Walker", "Wright", "Thompson", "White", "Hughes", "Edwards", "Green", "O'Brien"};
    static final String[][] JA_SURNAMES = {{"佐藤", "sato"}, {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"},
        {"伊藤", "ito"}, {"渡辺", "watanabe"}, {"山本", "yamamoto"}, {"中村", "nakamura"}, {"小林", "kobayashi"},
        {"加藤", "kato"}};
    static final String[][] JA_GIVEN = {{"健", "ken"}, {"翔太", "shota"}, {"陽子", "yoko"}, {"美咲", "misaki"},
        {"大輔", "daisuke"}, {"結衣", "yui"}, {"拓海", "takumi"}, {"さくら", "sakura"}, {"裕子", "yuko"}, {"誠", "makoto"}};

    /** Special needs with their share of bookings (a booking may have several). */
    static final String[] NEEDS = {"elderly", "infant", "wheelchair", "medical", "pollen-allergy", "vegetarian"};
    static final double[] NEED_RATE = {0.12, 0.05, 0.025, 0.02, 0.02, 0.04};

    private World() {
    }

    private static void place(String id, String en, String zh, String region, double lat, double lon, String offset) {
        PLACES.put(id, new Place(id, en, zh, region, lat, lon, offset));
    }

    private static Leg leg(SegmentKind kind, String place, int day, double hour, double hours, String label) {
        return new Leg(kind, place, day, hour, hours, label);
    }

    static List<Place> supplied() {
        List<Place> out = new ArrayList<>();
        for (String id : SUPPLIED) out.add(PLACES.get(id));
        return out;
    }
}
