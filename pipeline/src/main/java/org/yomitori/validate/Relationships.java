package org.yomitori.validate;

import java.util.List;
import java.util.Set;

/**
 * 続柄: the words a 住民票 or a benefit form uses for how a person is related to the householder
 * or the claimant (住民基本台帳事務処理要領's forms of 続柄, and the birth-order words of
 * child-benefit forms). A closed list: a value outside it is almost always a misread, and the
 * list lets a reader pick the word a doubtful read was meant to be.
 */
public final class Relationships {
    public static final String UNKNOWN = "unknown_relationship";

    private static final List<String> WORDS = List.of(
            "本人", "世帯主", "妻", "夫", "子", "父", "母", "父母", "祖父", "祖母", "祖父母", "孫", "曾孫",
            "曾祖父", "曾祖母", "兄", "姉", "弟", "妹", "兄弟", "姉妹", "伯父", "叔父", "伯母", "叔母",
            "おじ", "おば", "甥", "姪", "おい", "めい", "いとこ", "義父", "義母", "義兄", "義姉", "義弟", "義妹",
            "妻の父", "妻の母", "夫の父", "夫の母", "妻の子", "夫の子", "子の妻", "子の夫", "孫の妻", "孫の夫",
            "兄の妻", "弟の妻", "姉の夫", "妹の夫", "父の妻", "母の夫", "養父", "養母", "養子", "養女",
            "未届の妻", "未届の夫", "縁故者", "同居人", "使用人",
            "長男", "長女", "次男", "次女", "二男", "二女", "三男", "三女", "四男", "四女", "五男", "五女",
            "六男", "六女", "七男", "七女", "八男", "八女");
    private static final Set<String> KNOWN = Set.copyOf(WORDS);

    private Relationships() {
    }

    public static List<String> words() {
        return WORDS;
    }

    public static boolean isKnown(String value) {
        return KNOWN.contains(value);
    }
}
