package nl.doorbraak.audit.web;

import nl.doorbraak.common.DutchTime;
import nl.doorbraak.common.HtmlTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.audit.internal.AuditEntry;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One change of rights: when, who did it, what, on which account, the account's roles then and what changed.
 * The account's username and roles come from the details the identity module writes first
 * ({@code gebruikersnaam=...; rollen=[...]}); only the first occurrence of a key counts, so text the administrator
 * typed further on (a name) cannot pass for other roles. Role codes are kept only when they look like one.
 */
record RightsRow(String time, String isoTime, String actor, String action, String accountId, String username,
        List<String> roles, List<String> granted, List<String> revoked, boolean newAccount, String logUrl) {

    static RightsRow of(AuditEntry e) {
        Map<String, String> details = details(e.details());
        List<String> roles = roles(details.get("rollen"));
        boolean newAccount = "GEBRUIKER_AANGEMAAKT".equals(e.action());
        List<String> before = details.containsKey("rollen voor") ? roles(details.get("rollen voor")) : roles;
        return new RightsRow(DutchTime.showDateTimeSeconds(e.occurredAt()), HtmlTime.attribute(e.occurredAt()), e.actor(), e.action(),
                e.objectId(), details.get("gebruikersnaam"), roles,
                newAccount ? roles : roles.stream().filter(r -> !before.contains(r)).toList(),
                before.stream().filter(r -> !roles.contains(r)).toList(), newAccount,
                UriComponentsBuilder.fromPath("/audit").queryParam("objectType", "GEBRUIKER")
                        .queryParam("objectId", e.objectId()).encode().toUriString());
    }

    static Map<String, String> details(String details) {
        Map<String, String> values = new HashMap<>();
        if (details != null) {
            for (String part : details.split("; ")) {
                int equals = part.indexOf('=');
                if (equals > 0) {
                    values.putIfAbsent(part.substring(0, equals), part.substring(equals + 1));
                }
            }
        }
        return values;
    }

    static List<String> roles(String value) {
        if (value == null || !value.startsWith("[") || !value.endsWith("]")) {
            return List.of();
        }
        return Arrays.stream(value.substring(1, value.length() - 1).split(",")).map(String::strip)
                .filter(r -> r.matches("[A-Z_]{1,40}")).toList();
    }
}
