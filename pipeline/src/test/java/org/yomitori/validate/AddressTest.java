package org.yomitori.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {
    private static List<String> reasons(String address) {
        return Address.check(address).reasons();
    }

    @ParameterizedTest
    @ValueSource(strings = {"東京都千代田区永田町2丁目18番25号 コーポ桜 209", "北海道札幌市中央区南一条西4丁目",
        "京都府京都市左京区田中里ノ前町3", "東京都町田市原町田2丁目", "長野県北佐久郡軽井沢町大字長倉2-1",
        "岡山県苫田郡鏡野町竹田2", "奈良県大和郡山市北郡山町1", "福島県郡山市朝日1丁目", "千葉県市川市八幡2-1",
        "埼玉県さいたま市浦和区高砂3丁目", "鹿児島県いちき串木野市昭和通1", "東京都八丈島八丈町三根", "神奈川県横浜市港北区日吉"})
    void aPrefectureThenAMunicipalityIsAnAddress(String address) {
        assertEquals(List.of(), reasons(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"京都市左京区田中里ノ前町5-3", "札幌市中央区北一条西4丁目", "児玉郡上里町神保原町34",
        "町田市原町田1丁目17番", "鹿児島市山下町5丁目21", "北九州市小倉北区城内5-1", "府中市宮西町2-24",
        "宇都宮市本町4丁目", "大阪市北区天神橋5丁目1"})
    void thePrefectureMayBeLeftOutBeforeAMunicipality(String address) {
        assertEquals(List.of(), reasons(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"神奈用県横浜市港北区日吉1", "神奈県横浜市港北区日吉1", "東泉都千代田区永田町",
        "東京府千代田区永田町", "大坂府大阪市北区", "北海県札幌市中央区"})
    void somethingShapedLikeAPrefectureThatIsNoneIsFlagged(String address) {
        assertEquals(List.of(Validators.UNKNOWN_PREFECTURE), reasons(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"東京都", "東京都1-2-3", "大阪府 2丁目1番", "2丁目27番17号", "東京都港", "長野県北佐久郡2-1"})
    void noMunicipalityAfterThePrefectureIsFlagged(String address) {
        assertEquals(List.of(Validators.NO_MUNICIPALITY), reasons(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2-11-10 Sakae, Naka-ku, Nagoya, Aichi",
        "Apt 307, 3-7-17 Hakata-ekimae, Hakata-ku, Fukuoka, Fukuoka", "1-1 Chiyoda, Chiyoda-ku, Tokyo-to",
        "5-18-8 Sannomiya-cho, Chuo-ku, Kobe, Hyōgo, Japan", "4-8-2 Kumoji, Naha, Okinawa, 900-0015",
        "2-27-17 Kugenuma, Fujisawa-shi, KANAGAWA", "1-25-8 Odori-nishi, Chuo-ku, Sapporo, Hokkaido",
        "3-6-7 Takezono, Tsukuba, Ibaraki Prefecture", "2-1 Oote, Kouchi, Kouchi"})
    void aRomanisedAddressEndsWithItsPrefecture(String address) {
        assertEquals(List.of(), reasons(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2-11-10 Sakae, Naka-ku, Nagoya, Aichl", "1-1 Chiyoda, Chiyoda-ku, Tokio",
        "2-11-10 Sakae, Naka-ku, Nagoya"})
    void aRomanisedAddressWithoutAKnownPrefectureIsFlagged(String address) {
        assertEquals(List.of(Validators.UNKNOWN_PREFECTURE), reasons(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tokyo", "1-2-3, Osaka"})
    void aRomanisedPrefectureWithoutAPlaceBeforeItHasNoMunicipality(String address) {
        assertEquals(List.of(Validators.NO_MUNICIPALITY), reasons(address), address);
    }
}
