package org.yomitori.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out/rec.json");
        AtomicFiles.write(target, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "two".getBytes(StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void copyKeepsTheSource() throws IOException {
        Path source = Files.write(dir.resolve("scan.pdf"), new byte[] {1, 2, 3});
        AtomicFiles.copy(source, dir.resolve("archive/ab/x.pdf"));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("archive/ab/x.pdf")));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(source));
    }

    @Test
    void moveIntoNeverOverwritesAFileOfTheSameName() throws IOException {
        Path folder = dir.resolve("processed");
        Path first = AtomicFiles.moveInto(Files.writeString(dir.resolve("申請.png"), "a"), folder);
        Path second = AtomicFiles.moveInto(Files.writeString(dir.resolve("申請.png"), "b"), folder);
        Path third = AtomicFiles.moveInto(Files.writeString(dir.resolve("noext"), "c"), folder);
        assertEquals(folder.resolve("申請.png"), first);
        assertEquals(folder.resolve("申請-2.png"), second);
        assertEquals(folder.resolve("noext"), third);
        assertEquals("b", Files.readString(second));
        assertFalse(Files.exists(dir.resolve("申請.png")));
        assertEquals("x-3.tar", AtomicFiles.numbered("x.tar", 3));
    }
}
