package org.yomitori.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.yomitori.config.DataLayout;
import org.yomitori.storage.AtomicFiles;

/**
 * Sets a file aside in the error or duplicates folder of its channel, with a {@code <name>.reason.txt}
 * beside it that a clerk can read: Japanese first, then English, the reason code and the time.
 * The reason file never quotes the file's content.
 */
public final class ReasonFiles {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");
    static final String SUFFIX = ".reason.txt";
    private static final String CODE = "Reason code: ";

    private final DataLayout layout;
    private final Clock clock;

    public ReasonFiles(DataLayout layout, Clock clock) {
        this.layout = layout;
        this.clock = clock;
    }

    /** Moves a dropped file to {@code error/<channel>/}; returns where it is now. */
    public Path moveToError(Path file, String channel, Reason reason, Long scanId) throws IOException {
        String name = file.getFileName().toString();
        Path moved = AtomicFiles.moveInto(file, layout.error(channel));
        write(moved, name, channel, reason, scanId);
        return moved;
    }

    /** Copies an archived file to {@code error/<channel>/} under its original name (the archive keeps it). */
    public Path copyToError(Path archived, String originalName, String channel, Reason reason, long scanId)
            throws IOException {
        Path copy = AtomicFiles.copyInto(archived, layout.error(channel), originalName);
        write(copy, originalName, channel, reason, scanId);
        return copy;
    }

    /** Moves a dropped file to {@code duplicates/<channel>/}; returns where it is now. */
    public Path moveToDuplicates(Path file, String channel, Reason reason) throws IOException {
        String name = file.getFileName().toString();
        Path moved = AtomicFiles.moveInto(file, layout.duplicates(channel));
        write(moved, name, channel, reason, null);
        return moved;
    }

    /** The reason file that belongs to a set-aside file. */
    public static Path reasonFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    /** Reads back a reason file this class wrote; empty when it is missing or not one of ours. */
    public static Optional<Reason> read(Path reasonFile) {
        try {
            List<String> lines = Files.readAllLines(reasonFile, StandardCharsets.UTF_8);
            int english = lines.indexOf("");
            String code = lines.stream().filter(l -> l.startsWith(CODE)).map(l -> l.substring(CODE.length()))
                    .findFirst().orElse(null);
            if (code == null || english < 0 || lines.size() < english + 4) {
                return Optional.empty();
            }
            return Optional.of(new Reason(code, lines.get(2), lines.get(english + 3)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void write(Path file, String originalName, String channel, Reason reason, Long scanId) throws IOException {
        String time = ZonedDateTime.now(clock).format(TIME);
        String id = scanId == null ? "-" : String.valueOf(scanId);
        String text = "このファイルは処理されませんでした。\n"
                + "理由: " + Reasons.title(reason.code(), "ja") + "\n"
                + reason.japanese() + "\n"
                + "ファイル名: " + originalName + "\n"
                + "窓口: " + channel + "\n"
                + "日時: " + time + "\n"
                + "受付番号: " + id + "\n"
                + "\n"
                + "This file was not processed.\n"
                + "Reason: " + Reasons.title(reason.code(), "en") + "\n"
                + reason.english() + "\n"
                + "File: " + originalName + "\n"
                + "Channel: " + channel + "\n"
                + "Time: " + time + "\n"
                + "Scan id: " + id + "\n"
                + CODE + reason.code() + "\n";
        AtomicFiles.write(reasonFileOf(file), text.getBytes(StandardCharsets.UTF_8));
    }
}
