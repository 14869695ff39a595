package org.yomitori.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Common Japanese surnames and their readings: the most frequent 150 or so, so that a フリガナ
 * misread (or a kanji surname misread as another) shows up as a mismatch. A surname with several
 * usual readings lists them all; one not listed is not checked.
 */
final class Surnames {
    private static final String[] TABLE = {
        "佐藤 サトウ", "鈴木 スズキ", "高橋 タカハシ", "髙橋 タカハシ", "田中 タナカ", "伊藤 イトウ", "渡辺 ワタナベ",
        "渡邊 ワタナベ", "渡邉 ワタナベ", "山本 ヤマモト", "中村 ナカムラ", "小林 コバヤシ", "加藤 カトウ", "吉田 ヨシダ",
        "山田 ヤマダ", "佐々木 ササキ", "山口 ヤマグチ", "松本 マツモト", "井上 イノウエ", "木村 キムラ", "林 ハヤシ",
        "斎藤 サイトウ", "斉藤 サイトウ", "齋藤 サイトウ", "齊藤 サイトウ", "清水 シミズ", "山崎 ヤマザキ ヤマサキ",
        "森 モリ", "池田 イケダ", "橋本 ハシモト", "阿部 アベ", "石川 イシカワ", "山下 ヤマシタ", "中島 ナカジマ ナカシマ",
        "石井 イシイ", "小川 オガワ", "前田 マエダ", "岡田 オカダ", "長谷川 ハセガワ", "藤田 フジタ", "後藤 ゴトウ",
        "近藤 コンドウ", "村上 ムラカミ", "遠藤 エンドウ", "青木 アオキ", "坂本 サカモト", "福田 フクダ", "太田 オオタ",
        "西村 ニシムラ", "藤井 フジイ", "金子 カネコ", "岡本 オカモト", "藤原 フジワラ", "中野 ナカノ", "三浦 ミウラ",
        "原田 ハラダ", "中川 ナカガワ", "松田 マツダ", "竹内 タケウチ", "小野 オノ", "田村 タムラ", "中山 ナカヤマ",
        "和田 ワダ", "石田 イシダ", "森田 モリタ", "上田 ウエダ", "原 ハラ", "内田 ウチダ", "柴田 シバタ", "酒井 サカイ",
        "宮崎 ミヤザキ ミヤサキ", "横山 ヨコヤマ", "高木 タカギ", "安藤 アンドウ", "宮本 ミヤモト", "大野 オオノ",
        "小島 コジマ オジマ", "谷口 タニグチ", "今井 イマイ", "工藤 クドウ", "高田 タカダ タカタ", "増田 マスダ",
        "丸山 マルヤマ", "杉山 スギヤマ", "村田 ムラタ", "大塚 オオツカ", "新井 アライ ニイ", "小山 コヤマ オヤマ",
        "平野 ヒラノ", "藤本 フジモト", "河野 コウノ カワノ", "上野 ウエノ", "野口 ノグチ", "武田 タケダ", "松井 マツイ",
        "千葉 チバ", "岩崎 イワサキ イワザキ", "菅原 スガワラ", "木下 キノシタ", "久保 クボ", "佐野 サノ", "野村 ノムラ",
        "松尾 マツオ", "市川 イチカワ", "菊地 キクチ", "杉本 スギモト", "古川 フルカワ", "大西 オオニシ", "島田 シマダ",
        "水野 ミズノ", "桜井 サクライ", "高野 タカノ", "渡部 ワタナベ ワタベ", "吉川 ヨシカワ キッカワ", "山内 ヤマウチ",
        "西田 ニシダ", "飯田 イイダ", "菊池 キクチ", "西川 ニシカワ", "小松 コマツ", "北村 キタムラ", "安田 ヤスダ",
        "五十嵐 イガラシ", "川口 カワグチ", "平田 ヒラタ", "関 セキ", "中田 ナカタ ナカダ", "久保田 クボタ", "服部 ハットリ",
        "東 ヒガシ アズマ", "岩田 イワタ", "土屋 ツチヤ", "川崎 カワサキ", "福島 フクシマ", "本田 ホンダ", "辻 ツジ",
        "樋口 ヒグチ", "秋山 アキヤマ", "田口 タグチ", "永井 ナガイ", "山中 ヤマナカ", "中西 ナカニシ", "吉村 ヨシムラ",
        "川上 カワカミ", "石原 イシハラ", "大橋 オオハシ", "松岡 マツオカ", "馬場 ババ", "浅野 アサノ", "荒木 アラキ",
        "大久保 オオクボ", "野田 ノダ", "小池 コイケ", "田辺 タナベ", "菅野 カンノ スガノ", "宮田 ミヤタ", "高山 タカヤマ",
        "松下 マツシタ", "山根 ヤマネ", "小田 オダ", "石橋 イシバシ", "大山 オオヤマ", "片山 カタヤマ", "本間 ホンマ",
    };
    private static final Map<String, List<String>> READINGS = new HashMap<>();

    static {
        for (String row : TABLE) {
            String[] parts = row.split(" ");
            READINGS.put(parts[0], List.of(parts).subList(1, parts.length));
        }
    }

    private Surnames() {
    }

    /** The usual readings of a surname, or an empty list when the table does not know it. */
    static List<String> readings(String surname) {
        return READINGS.getOrDefault(surname, List.of());
    }

    /**
     * The longest known surname of two or more characters that {@code name} starts with and that
     * leaves a given name after it. One-character surnames (森, 東) are left out: 東海林 is not 東.
     */
    static String prefixOf(String name) {
        for (int length = Math.min(3, name.length() - 1); length >= 2; length--) {
            String head = name.substring(0, length);
            if (READINGS.containsKey(head)) {
                return head;
            }
        }
        return null;
    }
}
