package org.yomitori.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Fictitious people and places for sample forms: common Japanese surnames and given names
 * combined at random (with their readings), foreign residents' names for English forms, and
 * addresses built from real municipality names with made-up block numbers.
 */
final class SamplePeople {
    /** A person as a form records them; {@code kana} is the reading in katakana, {@code latin} in romaji. */
    record Person(String name, String kana, String latin, boolean male, LocalDate birthDate) {
    }

    private static final String[][] SURNAMES = {
        {"佐藤", "サトウ", "Sato"}, {"鈴木", "スズキ", "Suzuki"}, {"高橋", "タカハシ", "Takahashi"},
        {"田中", "タナカ", "Tanaka"}, {"伊藤", "イトウ", "Ito"}, {"渡辺", "ワタナベ", "Watanabe"},
        {"山本", "ヤマモト", "Yamamoto"}, {"中村", "ナカムラ", "Nakamura"}, {"小林", "コバヤシ", "Kobayashi"},
        {"加藤", "カトウ", "Kato"}, {"吉田", "ヨシダ", "Yoshida"}, {"山田", "ヤマダ", "Yamada"},
        {"松本", "マツモト", "Matsumoto"}, {"井上", "イノウエ", "Inoue"}, {"木村", "キムラ", "Kimura"},
        {"清水", "シミズ", "Shimizu"}, {"山口", "ヤマグチ", "Yamaguchi"}, {"森", "モリ", "Mori"}};
    private static final String[][] MALE = {
        {"翔太", "ショウタ", "Shota"}, {"大輔", "ダイスケ", "Daisuke"}, {"健一", "ケンイチ", "Kenichi"},
        {"直樹", "ナオキ", "Naoki"}, {"達也", "タツヤ", "Tatsuya"}, {"和夫", "カズオ", "Kazuo"},
        {"蓮", "レン", "Ren"}, {"悠真", "ユウマ", "Yuma"}, {"陽翔", "ハルト", "Haruto"}, {"湊", "ミナト", "Minato"}};
    private static final String[][] FEMALE = {
        {"花子", "ハナコ", "Hanako"}, {"美咲", "ミサキ", "Misaki"}, {"陽子", "ヨウコ", "Yoko"},
        {"恵子", "ケイコ", "Keiko"}, {"葵", "アオイ", "Aoi"}, {"結衣", "ユイ", "Yui"}, {"陽菜", "ヒナ", "Hina"},
        {"真由美", "マユミ", "Mayumi"}, {"明美", "アケミ", "Akemi"}, {"さくら", "サクラ", "Sakura"}};
    private static final List<String> FOREIGN_GIVEN_MALE = List.of("Kevin", "Minh", "Carlos", "Wei", "Arjun",
            "Joseph", "Daniel", "Andre");
    private static final List<String> FOREIGN_GIVEN_FEMALE = List.of("Maria", "Anna", "Linh", "Mei", "Priya",
            "Sarah", "Ana", "Grace");
    private static final List<String> FOREIGN_SURNAMES = List.of("Garcia", "Nguyen", "Santos", "Tran", "Kim",
            "Silva", "Clark", "Chen", "Sharma", "Reyes");
    static final List<String> NATIONALITIES = List.of("Vietnam", "China", "Philippines", "Brazil", "Indonesia",
            "India", "Korea", "USA", "UK", "Nepal");
    /** Prefecture, city (or ward), romanised city and prefecture, and town names used there. */
    private static final String[][] PLACES = {
        {"東京都", "世田谷区", "Setagaya-ku, Tokyo", "桜丘", "Sakuragaoka"},
        {"神奈川県", "横浜市港北区", "Kohoku-ku, Yokohama, Kanagawa", "日吉", "Hiyoshi"},
        {"愛知県", "名古屋市中区", "Naka-ku, Nagoya, Aichi", "栄", "Sakae"},
        {"大阪府", "堺市北区", "Kita-ku, Sakai, Osaka", "中百舌鳥町", "Nakamozucho"},
        {"静岡県", "浜松市中央区", "Chuo-ku, Hamamatsu, Shizuoka", "富塚町", "Tomitsukacho"},
        {"宮城県", "仙台市青葉区", "Aoba-ku, Sendai, Miyagi", "中央", "Chuo"},
        {"福岡県", "北九州市小倉北区", "Kokurakita-ku, Kitakyushu, Fukuoka", "京町", "Kyomachi"},
        {"北海道", "札幌市中央区", "Chuo-ku, Sapporo, Hokkaido", "南一条西", "Minami-ichijonishi"}};
    private static final List<String> BUILDINGS = List.of("コーポ桜", "ハイツ若葉", "メゾン緑", "グランシティ中央");
    static final List<String> BANKS = List.of("みずほ銀行", "ゆうちょ銀行", "りそな銀行", "七十七銀行", "京都銀行",
            "千葉銀行", "横浜銀行", "福岡銀行", "静岡銀行", "北海道銀行");

    private final Random rnd;
    private final boolean latin;
    private final String[] surname;
    private final String foreignSurname;

    /** A family: everyone made by this instance shares the surname. */
    SamplePeople(Random rnd, boolean latin) {
        this.rnd = rnd;
        this.latin = latin;
        this.surname = SURNAMES[rnd.nextInt(SURNAMES.length)];
        this.foreignSurname = pick(FOREIGN_SURNAMES);
    }

    Person person(boolean male, LocalDate birthDate) {
        if (latin) {
            String given = pick(male ? FOREIGN_GIVEN_MALE : FOREIGN_GIVEN_FEMALE);
            String full = given + " " + foreignSurname;
            return new Person(full, "", full, male, birthDate);
        }
        String[][] names = male ? MALE : FEMALE;
        String[] given = names[rnd.nextInt(names.length)];
        return new Person(surname[0] + " " + given[0], surname[1] + " " + given[1], given[2] + " " + surname[2],
                male, birthDate);
    }

    String address() {
        String[] place = PLACES[rnd.nextInt(PLACES.length)];
        int chome = 1 + rnd.nextInt(5);
        int ban = 1 + rnd.nextInt(30);
        int go = 1 + rnd.nextInt(25);
        if (latin) {
            return chome + "-" + ban + "-" + go + " " + place[4] + ", " + place[2];
        }
        String building = rnd.nextInt(3) == 0 ? " " + pick(BUILDINGS) + " " + (1 + rnd.nextInt(5)) + "0"
                + (1 + rnd.nextInt(9)) : "";
        return place[0] + place[1] + place[3] + chome + "丁目" + ban + "番" + go + "号" + building;
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
