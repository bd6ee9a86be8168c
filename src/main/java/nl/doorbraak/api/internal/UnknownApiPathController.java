package nl.doorbraak.api.internal;

import io.swagger.v3.oas.annotations.Hidden;
import nl.doorbraak.api.ApiController;
import nl.doorbraak.api.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Catches /api/** paths no other controller maps, so they answer 404 problem+json instead of the HTML error page.
 * Every real mapping is more specific and wins. (A wrong method on a real path lands here too: 404, not 405.)
 */
@ApiController
@Hidden
class UnknownApiPathController {

    @RequestMapping("/api/**")
    void unknownPath() {
        throw ApiProblem.of(HttpStatus.NOT_FOUND, null);
    }
}
