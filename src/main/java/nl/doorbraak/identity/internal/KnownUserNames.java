package nl.doorbraak.identity.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.doorbraak.anonymity.IdentifierKind;
import nl.doorbraak.anonymity.KnownIdentifierSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the anonymity check which phrases of a text are the full name of a user ("Petra de Wit"), by an index probe
 * per candidate (V46). Single words are left to the check's name scoring: display names such as "Demo Coördinator
 * Tilburg" would otherwise make a region's name a person.
 */
@Component
class KnownUserNames implements KnownIdentifierSource {

    private final JdbcClient jdbc;

    KnownUserNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, IdentifierKind> knownAmong(Collection<String> candidates) {
        String phrases = String.join("\n", candidates.stream().filter(c -> c.contains(" ")).toList());
        Map<String, IdentifierKind> known = new LinkedHashMap<>();
        if (phrases.isEmpty()) {
            return known;
        }
        jdbc.sql("""
                select c from unnest(string_to_array(:phrases, E'\\n')) c
                where exists (select 1 from app_user u where lower(u.display_name) = c)""")
                .param("phrases", phrases).query(String.class).list()
                .forEach(name -> known.put(name, IdentifierKind.NAAM));
        return known;
    }
}
