package nl.doorbraak.verslag.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such agenda item, or its meeting was cancelled: there is no verslag to open. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DraftNotFound extends RuntimeException {

    public DraftNotFound() {
        super("agenda item not found");
    }
}
