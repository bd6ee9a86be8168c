package nl.doorbraak.themes.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The leertafel, theme or case does not exist or this user may not reach it here: both answer 404, so existence does
 * not leak. The refusal is audited before this is thrown, so a transaction must not roll back on it.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ThemesHidden extends RuntimeException {

    public ThemesHidden(String what) {
        super(what + " niet gevonden");
    }
}
