package org.yomitori.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per stage, summed over all threads. Benchmarks print it; it costs two
 * {@code nanoTime} calls per stage per page, cheap enough to keep on in production.
 */
public final class StageTimes {

    /** The reading stages in pipeline order. */
    public enum Stage { RENDER, NORMALISE, IDENTIFY, ALIGN, READ }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder pages = new LongAdder();

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public void addPages(int count) {
        pages.add(count);
    }

    public long pages() {
        return pages.sum();
    }

    /** Milliseconds per stage, summed over threads. */
    public Map<Stage, Double> millis() {
        Map<Stage, Double> out = new EnumMap<>(Stage.class);
        nanos.forEach((s, n) -> out.put(s, n.sum() / 1e6));
        return out;
    }
}
