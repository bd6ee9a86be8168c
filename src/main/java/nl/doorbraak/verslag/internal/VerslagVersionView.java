package nl.doorbraak.verslag.internal;

import java.util.List;

import nl.doorbraak.verslag.VerslagDocument;

/**
 * One frozen version as the version page shows it, with all versions for the list. {@code correctionOpen}: the chair
 * reopened the verslag and the next version is being written; {@code hasExternals}: some participants have no
 * account, so they do not get the verslag through Doorbraak.
 */
public record VerslagVersionView(long agendaItemId, long caseId, VerslagDocument document,
        List<VerslagVersionLine> versions, int latestVersion, boolean mayCorrect, boolean correctionOpen,
        boolean hasExternals) {

    public VerslagVersionView {
        versions = List.copyOf(versions);
    }

    public boolean latest() {
        return document.version() == latestVersion;
    }
}
