package nl.doorbraak.casefile.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.doorbraak.anonymity.IdentifierKind;
import nl.doorbraak.anonymity.KnownIdentifierSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the anonymity check which words and phrases of a text are the name of a youth or a guardian of any case:
 * the full name, or the first name alone. One index probe per candidate (case_file_youth_idx and V46), never a
 * scan. The answer is only which candidates are known, never whose name it is or in which case.
 */
@Component
class KnownCaseNames implements KnownIdentifierSource {

    private final JdbcClient jdbc;

    KnownCaseNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, IdentifierKind> knownAmong(Collection<String> candidates) {
        Map<String, IdentifierKind> known = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            return known;
        }
        // a union of semi-joins, each of which can probe its own index (an OR of EXISTS would hash whole tables)
        jdbc.sql("""
                with candidate as (select c from unnest(string_to_array(:candidates, E'\\n')) c)
                select c from candidate where exists (select 1 from case_file f where lower(f.youth_name) = c)
                union
                select c from candidate where exists (select 1 from case_guardian g where lower(g.name) = c)
                union
                select c from candidate where position(' ' in c) = 0 and length(c) >= 3
                    and exists (select 1 from case_file f where split_part(lower(f.youth_name), ' ', 1) = c)
                union
                select c from candidate where position(' ' in c) = 0 and length(c) >= 3
                    and exists (select 1 from case_guardian g where split_part(lower(g.name), ' ', 1) = c)""")
                .param("candidates", String.join("\n", candidates)).query(String.class).list()
                .forEach(name -> known.put(name, IdentifierKind.NAAM));
        return known;
    }
}
