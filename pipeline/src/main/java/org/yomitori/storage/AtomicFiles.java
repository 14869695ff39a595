package org.yomitori.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * File writes that never leave a half-written file under its final name: write a temporary file
 * beside the target, force it to disk, then rename it over the target in one step. A crash leaves
 * either the old file or the new one (and at worst a stray {@code .tmp-*} file).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path temp = tempBeside(target);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            publish(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies {@code source} to {@code target} the same way (the source is left in place). */
    public static void copy(Path source, Path target) throws IOException {
        Path temp = tempBeside(target);
        try {
            try (InputStream in = Files.newInputStream(source);
                 FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(ch);
                in.transferTo(out);
                out.flush();
                ch.force(true);
            }
            publish(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Moves {@code file} into {@code folder} under its own name, or under {@code name-2.ext},
     * {@code name-3.ext}... when that name is taken (a clerk may drop two files with one name).
     * Returns the path it now has. Synchronized because a rename replaces an existing file on
     * Linux, so two threads must not pick the same free name.
     */
    public static synchronized Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int n = 1; ; n++) {
            Path target = folder.resolve(n == 1 ? name : numbered(name, n));
            if (Files.exists(target)) {
                continue;
            }
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            } catch (AtomicMoveNotSupportedException e) { // another file system: copy, then remove
                copy(file, target);
                Files.delete(file);
                return target;
            } catch (FileAlreadyExistsException e) {
                // taken between the check and the move: try the next name
            }
        }
    }

    /** Copies {@code source} into {@code folder} as {@code name}, numbered like {@link #moveInto} when taken. */
    public static synchronized Path copyInto(Path source, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        for (int n = 1; ; n++) {
            Path target = folder.resolve(n == 1 ? name : numbered(name, n));
            if (!Files.exists(target)) {
                copy(source, target);
                return target;
            }
        }
    }

    /** The name {@code moveInto} would give the {@code n}th file called {@code name}. */
    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }

    private static Path tempBeside(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        return target.resolveSibling(".tmp-" + UUID.randomUUID() + "-" + target.getFileName());
    }

    private static void publish(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Makes the rename itself durable; some platforms cannot open a folder, which is fine there. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file's own content is already on disk
        }
    }
}
