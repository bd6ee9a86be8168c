package nl.doorbraak.mail.internal;

import java.util.regex.Pattern;

/**
 * A mail links into the app by path only. Query strings and fragments are refused because they tend to carry
 * identifying data (a name, a BSN) into mail servers, browser histories and proxy logs.
 */
final class LinkPaths {

    static final int MAX_LENGTH = 500;
    /** Path characters of RFC 3986, without '?' and '#'. */
    private static final Pattern SAFE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9\\-._~!$&'()*+,;=:@%/]*");

    private LinkPaths() {
    }

    static boolean isAllowed(String linkPath) {
        return linkPath == null || linkPath.length() <= MAX_LENGTH && SAFE_PATH.matcher(linkPath).matches();
    }

    /** The message deliberately leaves the path out: it may be the very data we keep out of logs. */
    static void requireAllowed(String linkPath) {
        if (!isAllowed(linkPath)) {
            throw new IllegalArgumentException(
                    "A mail link must be an app path such as /casussen/12, without query string or fragment");
        }
    }
}
