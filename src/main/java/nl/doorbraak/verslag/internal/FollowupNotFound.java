package nl.doorbraak.verslag.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such agreement or scenario in a finalised verslag of this case. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FollowupNotFound extends RuntimeException {

    public FollowupNotFound() {
        super("Afspraak of scenario niet gevonden");
    }
}
