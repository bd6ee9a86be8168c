package nl.doorbraak.audit.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The privacy officer's "Toegekende rechten": who gave whom which roles, a password, an active account. Logged. */
@Service
public class RightsLogViewer {

    public static final int PAGE_SIZE = 50;

    private final RightsLogSearch search;
    private final AuditAccessRecorder recorder;

    RightsLogViewer(RightsLogSearch search, AuditAccessRecorder recorder) {
        this.search = search;
        this.recorder = recorder;
    }

    @Transactional(readOnly = true)
    public AuditPage view(RightsFilter filter, AuditCursor cursor) {
        recorder.record("RECHTEN_BEKEKEN", filter.describe() + "; pagina=" + cursor.describe());
        return search.page(filter, cursor, PAGE_SIZE);
    }
}
