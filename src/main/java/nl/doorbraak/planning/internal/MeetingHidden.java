package nl.doorbraak.planning.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A meeting that does not exist or that the user does not manage: answered as not found, so that a coordinator of
 * another region cannot tell another region's meeting from a missing one. Services do not roll back on it, so the
 * DENIED audit row stays.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MeetingHidden extends RuntimeException {

    public MeetingHidden(long meetingId) {
        super("meeting " + meetingId + " not found");
    }
}
