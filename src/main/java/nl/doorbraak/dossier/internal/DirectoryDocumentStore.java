package nl.doorbraak.dossier.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bytes as files in DOORBRAAK_DOCUMENTEN_MAP, named by the document's id ({@code 42.document}), never by the
 * uploaded name. A file written in a transaction that rolls back is removed again; a delete happens after commit.
 */
final class DirectoryDocumentStore implements DocumentStore {

    private final Path directory;

    DirectoryDocumentStore(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the documents directory", e);
        }
    }

    @Override
    public void put(long documentId, byte[] content) {
        Path target = file(documentId);
        try {
            Path temporary = Files.createTempFile(directory, "upload-", ".tmp");
            Files.write(temporary, content);
            move(temporary, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store document " + documentId, e);
        }
        afterTransaction(TransactionSynchronization.STATUS_ROLLED_BACK, () -> remove(target));
    }

    @Override
    public Optional<byte[]> get(long documentId) {
        try {
            return Optional.of(Files.readAllBytes(file(documentId)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + documentId, e);
        }
    }

    @Override
    public void delete(long documentId) {
        Path target = file(documentId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            afterTransaction(TransactionSynchronization.STATUS_COMMITTED, () -> remove(target));
        } else {
            remove(target);
        }
    }

    private Path file(long documentId) {
        return directory.resolve(documentId + ".document");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void afterTransaction(int status, Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int completed) {
                if (completed == status) {
                    action.run();
                }
            }
        });
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove a document file", e);
        }
    }
}
