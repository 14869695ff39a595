package org.yomitori.validate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The 47 prefectures (都道府県), in kanji and romanised. */
final class Prefectures {
    static final List<String> KANJI = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");
    private static final Set<String> ROMANISED = List.of("Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata",
            "Fukushima", "Ibaraki", "Tochigi", "Gunma", "Gumma", "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata",
            "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano", "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto",
            "Osaka", "Hyogo", "Nara", "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi",
            "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki", "Kumamoto", "Oita", "Miyazaki",
            "Kagoshima", "Okinawa").stream().map(Prefectures::fold).collect(Collectors.toUnmodifiableSet());
    /** Words written with a romanised prefecture that are not its name (Tokyo-to, Osaka-fu, Chiba Prefecture). */
    private static final Set<String> SUFFIXES = Set.of("prefecture", "pref", "ken", "fu", "to", "metropolis");

    private Prefectures() {
    }

    /** The prefecture a Japanese address starts with. */
    static Optional<String> prefixOf(String address) {
        return KANJI.stream().filter(address::startsWith).findFirst();
    }

    /** True for a romanised prefecture name: Tokyo, Tōkyō, Tokyo-to, Hyougo, Chiba Prefecture. */
    static boolean isRomanised(String text) {
        String words = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        String name = List.of(words.split(" ")).stream().filter(w -> !SUFFIXES.contains(w))
                .collect(Collectors.joining());
        return ROMANISED.contains(fold(name));
    }

    /** Long vowels spelled out (Toukyou, Oosaka) or with macrons removed read the same. */
    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace("ou", "o").replace("oo", "o").replace("uu", "u");
    }
}
