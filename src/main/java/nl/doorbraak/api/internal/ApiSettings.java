package nl.doorbraak.api.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code doorbraak.api.*}: the largest request body /api/** reads (a referral is a few kB; 64 kB leaves room). */
@ConfigurationProperties("doorbraak.api")
record ApiSettings(DataSize maxBodySize) {

    ApiSettings {
        if (maxBodySize == null) {
            maxBodySize = DataSize.ofKilobytes(64);
        }
        if (maxBodySize.toBytes() <= 0) {
            throw new IllegalArgumentException("doorbraak.api.max-body-size must be positive");
        }
    }
}
