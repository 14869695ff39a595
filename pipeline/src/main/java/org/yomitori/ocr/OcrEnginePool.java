package org.yomitori.ocr;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every worker thread its own {@link OcrEngine}, created on the thread's first call.
 * Engines live as long as the pool: {@link #close()} (when no worker reads any more) frees them all.
 */
public final class OcrEnginePool implements AutoCloseable {
    private final OcrConfig config;
    private final Set<OcrEngine> engines = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<OcrEngine> perThread = new ThreadLocal<>();
    private volatile boolean closed;

    public OcrEnginePool(OcrConfig config) {
        this.config = config;
    }

    /** The calling thread's engine. */
    public OcrEngine engine() {
        if (closed) {
            throw new IllegalStateException("OCR engine pool is closed");
        }
        OcrEngine e = perThread.get();
        if (e == null || e.isClosed()) {
            e = new OcrEngine(config);
            perThread.set(e);
            engines.add(e);
        }
        return e;
    }

    /** How many engines (threads) the pool has handed out. */
    public int size() {
        return engines.size();
    }

    @Override
    public void close() {
        closed = true;
        engines.forEach(OcrEngine::close);
        engines.clear();
    }
}
