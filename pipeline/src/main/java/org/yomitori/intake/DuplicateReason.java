package org.yomitori.intake;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.yomitori.storage.Scan;

/** The reason given for a duplicate: which earlier scan brought the same content, and when. */
final class DuplicateReason {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DuplicateReason() {
    }

    static Reason of(Scan earlier, ZoneId zone) {
        String when = TIME.format(earlier.receivedAt().atZone(zone));
        return new Reason(Reason.DUPLICATE,
                "同じ内容のファイルを受付済みです（受付番号 " + earlier.id() + "、" + when + "、窓口 " + earlier.channel()
                        + "、ファイル名「" + earlier.originalName() + "」）。二重に処理しないよう、ここに移しました。",
                "A file with the same content was already received (scan " + earlier.id() + ", " + when + ", channel "
                        + earlier.channel() + ", file \"" + earlier.originalName()
                        + "\"). It was moved here so it is not processed twice.");
    }
}
