package nl.doorbraak.organisation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.doorbraak.anonymity.IdentifierKind;
import nl.doorbraak.anonymity.KnownIdentifierSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the anonymity check which phrases of a text are the name of a school or organisation in the registry (any
 * region, active or not), by an index probe per candidate (V46).
 */
@Component
class KnownOrganisationNames implements KnownIdentifierSource {

    private final JdbcClient jdbc;

    KnownOrganisationNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, IdentifierKind> knownAmong(Collection<String> candidates) {
        Map<String, IdentifierKind> known = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            return known;
        }
        jdbc.sql("""
                select c from unnest(string_to_array(:candidates, E'\\n')) c
                where length(c) >= 4 and exists (select 1 from organisation o where lower(o.name) = c)""")
                .param("candidates", String.join("\n", candidates)).query(String.class).list()
                .forEach(name -> known.put(name, IdentifierKind.ORGANISATIE));
        return known;
    }
}
