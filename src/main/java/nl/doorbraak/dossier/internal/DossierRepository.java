package nl.doorbraak.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.dossier.DossierContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores dossiers and who received them when. */
@Repository
class DossierRepository {

    private static final String TEXTS = """
            home_situation, social_network, practical_ability, health, police_justice, legal_framework, history,
            hindering_factors, positive_forces, expectations_of_participants, expectations_of_youth_and_parents""";

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredDossier> find(long caseId) {
        return jdbc.sql("select case_id, " + TEXTS + ", sent_at, version from dossier where case_id = ?").param(caseId)
                .query(DossierRepository::dossier).optional();
    }

    /**
     * Saves when {@code expectedVersion} is still the stored one (0: no dossier yet); false when someone saved
     * meanwhile.
     */
    boolean save(long caseId, DossierContent c, int expectedVersion, long userId, Instant at) {
        Object[] texts = {c.homeSituation(), c.socialNetwork(), c.practicalAbility(), c.health(), c.policeJustice(),
                c.legalFramework(), c.history(), c.hinderingFactors(), c.positiveForces(),
                c.expectationsOfParticipants(), c.expectationsOfYouthAndParents()};
        if (expectedVersion == 0) {
            return jdbc.sql("insert into dossier (case_id, " + TEXTS + ", version, updated_by, updated_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict (case_id) do nothing")
                    .param(caseId).params(texts).param(userId).param(Timestamp.from(at)).update() == 1;
        }
        return jdbc.sql("""
                update dossier set home_situation = ?, social_network = ?, practical_ability = ?, health = ?,
                       police_justice = ?, legal_framework = ?, history = ?, hindering_factors = ?, positive_forces = ?,
                       expectations_of_participants = ?, expectations_of_youth_and_parents = ?,
                       version = version + 1, updated_by = ?, updated_at = ?
                where case_id = ? and version = ?""")
                .params(texts).param(userId).param(Timestamp.from(at)).param(caseId).param(expectedVersion)
                .update() == 1;
    }

    int version(long caseId) {
        return jdbc.sql("select version from dossier where case_id = ?").param(caseId).query(Integer.class).optional()
                .orElse(0);
    }

    void addReceipt(long caseId, long userId, Instant at, long sentBy) {
        jdbc.sql("insert into dossier_recipient (case_id, user_id, sent_at, sent_by) values (?, ?, ?, ?)")
                .params(caseId, userId, Timestamp.from(at), sentBy).update();
    }

    void markSent(long caseId, Instant at) {
        jdbc.sql("update dossier set sent_at = ? where case_id = ?").params(Timestamp.from(at), caseId).update();
    }

    /** Every sending, oldest first. */
    List<Receipt> receipts(long caseId) {
        return jdbc.sql("select user_id, sent_at, access_ended_at from dossier_recipient where case_id = ? order by sent_at, id")
                .param(caseId)
                .query((rs, n) -> new Receipt(rs.getLong(1), instant(rs, 2), instant(rs, 3))).list();
    }

    /** Users who received the dossier and still take part. */
    Set<Long> currentRecipients(long caseId) {
        return receipts(caseId).stream().filter(Receipt::current).map(Receipt::userId).collect(Collectors.toSet());
    }

    void endAccess(long caseId, long userId, Instant at) {
        jdbc.sql("update dossier_recipient set access_ended_at = ? where case_id = ? and user_id = ? and access_ended_at is null")
                .params(Timestamp.from(at), caseId, userId).update();
    }

    private static StoredDossier dossier(ResultSet rs, int row) throws SQLException {
        DossierContent content = new DossierContent(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), instant(rs, 13));
        return new StoredDossier(rs.getLong(1), content, rs.getInt(14));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
