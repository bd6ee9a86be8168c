package nl.doorbraak.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** DOORBRAAK_DOCUMENTEN_MAP: the bytes as files named by id, removed again when the transaction rolls back. */
class DirectoryDocumentStoreTest {

    @TempDir Path directory;

    @Test
    void aDocumentIsStoredUnderItsIdReadAndDeleted() throws IOException {
        DirectoryDocumentStore store = new DirectoryDocumentStore(directory.resolve("documenten"));

        store.put(42, new byte[] {1, 2, 3});

        assertThat(store.get(42)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
        assertThat(names()).containsExactly("42.document");
        store.delete(42);
        assertThat(store.get(42)).isEmpty();
        assertThat(names()).isEmpty();
    }

    @Test
    void aFileWrittenInATransactionThatRollsBackIsRemoved() throws IOException {
        DirectoryDocumentStore store = new DirectoryDocumentStore(directory);
        TransactionSynchronizationManager.initSynchronization();
        try {
            store.put(7, new byte[] {9});
            assertThat(store.get(7)).isPresent();
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(names()).isEmpty();
    }

    private java.util.List<String> names() throws IOException {
        Path root = Files.isDirectory(directory.resolve("documenten")) ? directory.resolve("documenten") : directory;
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
