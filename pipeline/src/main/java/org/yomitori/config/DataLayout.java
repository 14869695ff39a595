package org.yomitori.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the pipeline keeps its files under the data folder:
 * <pre>
 * inbox/&lt;channel&gt;/       drop folders (unless a channel has its own folder)
 * archive/&lt;hh&gt;/&lt;sha256&gt;.&lt;ext&gt;  every accepted scan, content-addressed
 * processed/&lt;channel&gt;/   dropped files after they were archived (yomitori.intake.keep-processed)
 * duplicates/&lt;channel&gt;/  files whose content was already received, with a reason file
 * error/&lt;channel&gt;/       files that cannot be read, with a reason file
 * images/&lt;document&gt;/     page images and field crops shown to verifiers
 * outbox/&lt;template&gt;/     one JSON record per document, for core systems
 * db/                     the H2 database
 * </pre>
 */
public record DataLayout(Path root) {

    public DataLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path inbox(String channel) {
        return root.resolve("inbox").resolve(channel);
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path processed(String channel) {
        return root.resolve("processed").resolve(channel);
    }

    public Path duplicates(String channel) {
        return root.resolve("duplicates").resolve(channel);
    }

    public Path error(String channel) {
        return root.resolve("error").resolve(channel);
    }

    public Path images() {
        return root.resolve("images");
    }

    public Path images(String documentId) {
        return images().resolve(documentId);
    }

    public Path outbox() {
        return root.resolve("outbox");
    }

    public Path outbox(String template) {
        return outbox().resolve(template == null ? "unidentified" : template);
    }

    public Path db() {
        return root.resolve("db");
    }

    /** The path to store in the database: relative to the data folder when inside it, so the folder can move. */
    public String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** The inverse of {@link #relative}. */
    public Path resolve(String stored) {
        return root.resolve(stored).normalize();
    }

    /** Creates every folder the channels need; returns them. */
    public List<Path> create(List<YomitoriConfig.Channel> channels) throws IOException {
        List<Path> folders = new ArrayList<>(List.of(archive(), images(), outbox(), db()));
        for (YomitoriConfig.Channel c : channels) {
            folders.addAll(List.of(c.folder(), processed(c.name()), duplicates(c.name()), error(c.name())));
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        return folders;
    }
}
