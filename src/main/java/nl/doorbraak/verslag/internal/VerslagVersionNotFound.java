package nl.doorbraak.verslag.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such agenda item, verslag or version. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class VerslagVersionNotFound extends RuntimeException {

    public VerslagVersionNotFound(long agendaItemId) {
        super("Geen verslag bij agendapunt " + agendaItemId);
    }
}
