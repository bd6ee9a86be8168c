package nl.doorbraak.dossier.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such document in this case's dossier (also when the id belongs to another case): 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DocumentNotFound extends RuntimeException {

    DocumentNotFound(long documentId) {
        super("Document " + documentId + " niet gevonden");
    }
}
