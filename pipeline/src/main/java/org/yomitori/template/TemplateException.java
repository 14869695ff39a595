package org.yomitori.template;

import java.nio.file.Path;

/** A template file that cannot be used; the message names the file and the problem. */
public class TemplateException extends RuntimeException {
    public TemplateException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public TemplateException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
