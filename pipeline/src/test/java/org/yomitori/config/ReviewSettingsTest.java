package org.yomitori.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The verification and account settings: documented defaults, overrides, and bad values named. */
class ReviewSettingsTest {
    private static YomitoriConfig load(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return YomitoriConfig.load(null, Map.of(), p);
    }

    @Test
    void defaultsAreTenMinuteLeasesBcryptTwelveAndMyNumbersForVerifiersAndAdmins() {
        YomitoriConfig c = load();
        assertEquals(new YomitoriConfig.Review(10, 24, List.of("admin", "verifier")), c.review());
        assertEquals(12, c.auth().bcryptCost());
        assertEquals(30, c.auth().sessionIdleMinutes());
        assertEquals(10, c.auth().sessionMaxHours());
        assertFalse(c.auth().secureCookie());
    }

    @Test
    void theEnvironmentOverridesThem() {
        YomitoriConfig c = YomitoriConfig.load(null, Map.of("YOMITORI_REVIEW_LEASE_MINUTES", "5",
                "YOMITORI_AUTH_SECURE_COOKIE", "true"), new Properties());
        assertEquals(5, c.review().leaseMinutes());
        assertTrue(c.auth().secureCookie());
    }

    @Test
    void badValuesFailTheStartNamingTheSetting() {
        assertTrue(assertThrows(ConfigException.class, () -> load("yomitori.review.my-number-roles", "admin,boss"))
                .getMessage().startsWith("yomitori.review.my-number-roles"));
        assertTrue(assertThrows(ConfigException.class, () -> load("yomitori.auth.bcrypt-cost", "4"))
                .getMessage().startsWith("yomitori.auth.bcrypt-cost"));
        assertTrue(assertThrows(ConfigException.class, () -> load("yomitori.review.lease-minutes", "0"))
                .getMessage().startsWith("yomitori.review.lease-minutes"));
    }
}
