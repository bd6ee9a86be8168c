package nl.doorbraak.proposals.internal;

import java.util.List;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTaskSource;
import org.springframework.stereotype.Component;

/**
 * A tile for the owner of open proposals: "N voorstellen om op te volgen", one per leertafel, linking to its open
 * proposals. Only where the owner still reaches the leertafel's proposals to change them (roles and regions change).
 */
@Component
class ProposalStartTasks implements StartTaskSource {

    private final ProposalRepository proposals;
    private final ProposalAccess access;

    ProposalStartTasks(ProposalRepository proposals, ProposalAccess access) {
        this.proposals = proposals;
        this.access = access;
    }

    @Override
    public List<StartTask> startTasks(CurrentUser user) {
        return proposals.openOwnedBy(user.id()).stream()
                .filter(owned -> access.changes(user, owned.regionSlug()))
                .flatMap(owned -> access.find(owned.regionSlug(), owned.tableCode()).stream()
                        .map(table -> StartTask.link(StartTask.MAIN + 5, table.path() + "/voorstellen?status=OPEN",
                                "proposals.start.title", "proposals.start.description")
                                .withCount("proposals.start.open", owned.count())))
                .toList();
    }
}
