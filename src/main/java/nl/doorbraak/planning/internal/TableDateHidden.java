package nl.doorbraak.planning.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A region or table date the coordinator does not keep: answered as not found, so another region's dates cannot be
 * told from missing ones. Services do not roll back on it, so the DENIED audit row stays.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TableDateHidden extends RuntimeException {

    public TableDateHidden(String what) {
        super(what + " not found");
    }
}
