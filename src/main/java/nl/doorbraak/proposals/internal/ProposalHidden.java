package nl.doorbraak.proposals.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The leertafel or proposal does not exist or this user may not reach it: both answer 404, so existence does not leak.
 * The refusal is audited before this is thrown, so a caller's transaction must not roll back on it.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProposalHidden extends RuntimeException {

    public ProposalHidden(String what) {
        super(what + " niet gevonden");
    }
}
