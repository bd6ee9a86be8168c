package nl.doorbraak.audit.internal;

import java.io.Writer;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the privacy officer can do with the log: look at it page by page, or export it. Both are logged. */
@Service
public class AuditLogViewer {

    public static final int PAGE_SIZE = 50;
    public static final int EXPORT_LIMIT = 100_000;

    private final AuditLogSearch search;
    private final AuditAccessRecorder recorder;

    AuditLogViewer(AuditLogSearch search, AuditAccessRecorder recorder) {
        this.search = search;
        this.recorder = recorder;
    }

    @Transactional(readOnly = true)
    public AuditPage view(AuditFilter filter, AuditCursor cursor) {
        recorder.record("LOGBOEK_BEKEKEN", filter.describe() + "; pagina=" + cursor.describe());
        return search.page(filter, cursor, PAGE_SIZE);
    }

    /** Streams at most {@link #EXPORT_LIMIT} rows, newest first, with a header row; returns how many rows it wrote. */
    @Transactional(readOnly = true)
    public int export(AuditFilter filter, Writer out) {
        recorder.record("LOGBOEK_GEEXPORTEERD", filter.describe() + "; maximaal " + EXPORT_LIMIT + " regels");
        AuditCsv csv = new AuditCsv(out);
        csv.writeHeader();
        AtomicInteger rows = new AtomicInteger();
        search.forEach(filter, EXPORT_LIMIT, entry -> {
            csv.write(entry);
            rows.incrementAndGet();
        });
        return rows.get();
    }
}
