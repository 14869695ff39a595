package org.yomitori.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.yomitori.extract.ExtractorSettings;
import org.yomitori.extract.FilledForms;
import org.yomitori.extract.PipelineExtractor;
import org.yomitori.template.TemplateRegistry;

/**
 * Base of the API tests that run on a real station: one extractor (OCR engines) per class, a fresh
 * station (data folder, H2, web server) and its admin per test. Subclasses add their users in their
 * own {@code @BeforeEach}, which JUnit runs after this one.
 */
abstract class StationTest {
    protected static TemplateRegistry templates;
    protected static PipelineExtractor extractor;

    @TempDir
    protected Path dir;
    protected Station station;
    protected Api admin;

    @BeforeAll
    static void engines() {
        templates = FilledForms.sampleTemplates();
        extractor = new PipelineExtractor(ExtractorSettings.defaults(), templates);
    }

    @AfterAll
    static void closeEngines() {
        extractor.close();
    }

    @BeforeEach
    void startStation() throws Exception {
        station = new Station(dir, extractor, templates, "yomitori.auth.bcrypt-cost", "10");
        admin = station.admin();
    }

    @AfterEach
    void stopStation() {
        station.close();
    }
}
