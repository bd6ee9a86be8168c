package nl.doorbraak.dossier.internal;

import java.util.Optional;

/** Where a document's bytes are kept, under its id only: PostgreSQL by default, or a directory. */
interface DocumentStore {

    void put(long documentId, byte[] content);

    Optional<byte[]> get(long documentId);

    void delete(long documentId);
}
