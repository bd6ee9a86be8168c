package nl.doorbraak.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One page of the user list, searched on name, username and e-mail, filtered on region and role. */
@Component
@Transactional(readOnly = true)
public class UserSearchQuery {

    private static final String WHERE = """
             where (:text = '' or u.username ilike :like or u.display_name ilike :like or u.email ilike :like)
               and (:region = '' or exists (select 1 from user_region r where r.user_id = u.id and r.region_slug = :region))
               and (:role = '' or exists (select 1 from user_role x where x.user_id = u.id and x.role = :role))""";

    private final JdbcClient jdbc;
    private final Clock clock;

    UserSearchQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page<UserListItem> search(UserSearch search, Pageable pageable) {
        Map<String, Object> params = parameters(search);
        long total = jdbc.sql("select count(*) from app_user u " + WHERE).params(params).query(Long.class).single();
        List<UserListItem> items = jdbc.sql("""
                select u.id, u.username, u.display_name, u.email, o.name as organisation_name, u.active,
                    coalesce(u.locked_until > :now, false) as locked,
                    (select string_agg(role, ', ' order by role) from user_role where user_id = u.id) as roles,
                    (select string_agg(region_slug, ', ' order by region_slug) from user_region where user_id = u.id) as regions
                from app_user u left join organisation o on o.id = u.organisation_id
                """ + WHERE
                + " order by u.display_name, u.id limit :limit offset :offset")
                .params(params).param("now", Timestamp.from(clock.instant())).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(UserListItem.class).list();
        return new PageImpl<>(items, pageable, total);
    }

    private static Map<String, Object> parameters(UserSearch search) {
        String text = search.text() == null ? "" : search.text().strip();
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Map.of("text", text, "like", "%" + escaped + "%",
                "region", search.regionSlug() == null ? "" : search.regionSlug(),
                "role", search.role() == null ? "" : search.role().name());
    }
}
