package nl.doorbraak.api.internal;

import java.io.IOException;

/** A request body under /api/** grew past {@link ApiSettings#maxBodySize()} while it was read. */
final class BodyTooLarge extends IOException {

    BodyTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
