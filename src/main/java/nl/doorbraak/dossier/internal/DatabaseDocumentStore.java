package nl.doorbraak.dossier.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The bytes in {@code dossier_document_content}, a table of their own, in the same transaction as the metadata. */
final class DatabaseDocumentStore implements DocumentStore {

    private final JdbcClient jdbc;

    DatabaseDocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(long documentId, byte[] content) {
        jdbc.sql("insert into dossier_document_content (document_id, content) values (?, ?)")
                .params(documentId, content).update();
    }

    @Override
    public Optional<byte[]> get(long documentId) {
        return jdbc.sql("select content from dossier_document_content where document_id = ?").param(documentId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public void delete(long documentId) {
        jdbc.sql("delete from dossier_document_content where document_id = ?").param(documentId).update();
    }
}
