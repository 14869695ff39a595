package org.yomitori.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.yomitori.intake.ReasonFiles;

/** The files waiting in a channel's error folder (until a clerk removes them), newest first, with reasons. */
final class ErrorFolderListing {
    private static final int LIMIT = 500;

    private ErrorFolderListing() {
    }

    static ArrayNode list(Path folder) throws IOException {
        ArrayNode out = StatusApi.JSON.createArrayNode();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().endsWith(".reason.txt"))
                    .sorted(Comparator.comparing(ErrorFolderListing::modified).reversed())
                    .limit(LIMIT).toList();
        }
        for (Path file : files) {
            ObjectNode n = out.addObject();
            n.put("file", file.getFileName().toString());
            n.put("modified", modified(file).toString());
            ReasonFiles.read(ReasonFiles.reasonFileOf(file)).map(Json::reason).ifPresent(r -> n.set("reason", r));
        }
        return out;
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
