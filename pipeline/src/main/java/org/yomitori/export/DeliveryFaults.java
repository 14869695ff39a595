package org.yomitori.export;

import java.util.List;

/**
 * A fault-injection hook for tests (package-private: only this package and its tests reach it).
 * {@link #afterWrite} runs after records were written to an endpoint and before the deliveries are
 * marked delivered, which is where a crash is the most delicate.
 */
@FunctionalInterface
interface DeliveryFaults {
    DeliveryFaults NONE = (endpoint, deliveryIds) -> {
    };

    void afterWrite(String endpoint, List<Long> deliveryIds);
}
