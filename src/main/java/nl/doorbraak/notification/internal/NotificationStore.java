package nl.doorbraak.notification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification} table. Every read and change names the owner, so no one reaches another's row. */
@Repository
class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long userId, String kind, String subject, String linkPath) {
        jdbc.sql("insert into notification (user_id, kind, subject, link_path) values (?, ?, ?, ?)")
                .params(userId, kind, subject, linkPath).update();
    }

    /** One more than asked, so the caller knows whether there is a next page. */
    List<Notification> newest(long userId, int offset, int limit) {
        return jdbc.sql("""
                select id, kind, subject, link_path, created_at, read_at is not null as read from notification
                where user_id = ? order by created_at desc, id desc offset ? limit ?""")
                .params(userId, offset, limit + 1)
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
                        rs.getString("link_path"), rs.getObject("created_at", java.time.OffsetDateTime.class),
                        rs.getBoolean("read")))
                .list();
    }

    /** Served by the partial index on unread rows. */
    int unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId).query(Integer.class).single();
    }

    /** Marks the owner's notification read (once) and gives its link; empty when it is not theirs. */
    Optional<Optional<String>> markRead(long userId, long id) {
        return jdbc.sql("""
                update notification set read_at = coalesce(read_at, now()) where id = ? and user_id = ?
                returning link_path""")
                .params(id, userId).query((rs, n) -> Optional.ofNullable(rs.getString("link_path"))).optional();
    }

    int markAllRead(long userId) {
        return jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null")
                .param(userId).update();
    }
}
