package org.yomitori.intake;

import java.util.Map;

/** Short titles of the reason codes, in Japanese and English, for reason files and the status page. */
public final class Reasons {
    private static final Map<String, String[]> TITLES = Map.of(
            "empty", new String[] {"空のファイル", "Empty file"},
            "corrupt", new String[] {"壊れたファイル", "Damaged file"},
            "encrypted", new String[] {"パスワード付きPDF", "Password-protected PDF"},
            "unsupported", new String[] {"対応していない形式", "Unsupported file type"},
            "too_large", new String[] {"ファイルが大きすぎます", "File too large"},
            "too_many_pages", new String[] {"ページ数が多すぎます", "Too many pages"},
            Reason.DUPLICATE, new String[] {"受付済みの内容（重複）", "Already received (duplicate)"},
            Reason.INTERNAL_ERROR, new String[] {"システムエラー", "System error"});

    private Reasons() {
    }

    /** The title in "ja" or "en"; an unknown code is shown as itself. */
    public static String title(String code, String language) {
        String[] t = TITLES.get(code);
        if (t == null) {
            return code;
        }
        return "en".equals(language) ? t[1] : t[0];
    }
}
