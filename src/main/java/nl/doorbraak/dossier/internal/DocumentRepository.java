package nl.doorbraak.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The metadata of the documents in a dossier (table {@code dossier_document}); the bytes are in a DocumentStore. */
@Repository
class DocumentRepository {

    private static final String COLUMNS =
            "id, case_id, kind, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, DocumentKind kind, String fileName, DocumentType type, long size, String sha256,
            long userId, Instant at) {
        return jdbc.sql("""
                insert into dossier_document (case_id, kind, file_name, media_type, size_bytes, sha256, uploaded_by,
                    uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, kind.name(), fileName, type.mediaType(), size, sha256, userId, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The documents of a case, oldest first. */
    List<StoredDocument> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from dossier_document where case_id = ? order by uploaded_at, id")
                .param(caseId).query(DocumentRepository::document).list();
    }

    /** The document when it belongs to this case: an id of another case is not found. */
    Optional<StoredDocument> find(long caseId, long documentId) {
        return jdbc.sql("select " + COLUMNS + " from dossier_document where id = ? and case_id = ?")
                .params(documentId, caseId).query(DocumentRepository::document).optional();
    }

    void delete(long documentId) {
        jdbc.sql("delete from dossier_document where id = ?").param(documentId).update();
    }

    private static StoredDocument document(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getLong("id"), rs.getLong("case_id"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), DocumentType.ofMediaType(rs.getString("media_type")).orElseThrow(),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getLong("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
