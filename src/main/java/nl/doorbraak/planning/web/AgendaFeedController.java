package nl.doorbraak.planning.web;

import nl.doorbraak.calendar.AgendaFeeds;
import nl.doorbraak.planning.internal.AgendaFeed;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The personal agenda feed a calendar app subscribes to. There is no login: the secret token in the path is the key
 * (the security configuration lets {@code /agenda/feed/**} through), so an unknown token gets a plain 404.
 */
@RestController
class AgendaFeedController {

    static final String PATH = "/agenda/feed/";

    private final AgendaFeed feed;

    AgendaFeedController(AgendaFeed feed) {
        this.feed = feed;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String ics = feed.read(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AgendaFeeds.CONTENT_TYPE))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("Content-Disposition", "inline; filename=\"doorbraak-overleggen.ics\"").body(ics);
    }
}
