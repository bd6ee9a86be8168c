package nl.doorbraak.proposals.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/**
 * Who reaches the proposals and the opbrengst of a leertafel: those who work in its region as member (LEERTAFEL),
 * chair (VOORZITTER) or coordinator make and follow up proposals; policy staff (BELEID) read them. The leertafel
 * module keeps who is a current member or chairs one of its sessions, and that may not be read from here (no module
 * depends on leertafel's tables but leertafel itself), so every LEERTAFEL and VOORZITTER user of the region counts.
 * Anyone else gets "not found" before any input is looked at, audited as DENIED.
 */
@Component
public class ProposalAccess {

    private static final Set<Role> CHANGE = EnumSet.of(Role.LEERTAFEL, Role.VOORZITTER, Role.COORDINATOR);
    private static final Set<Role> READ = EnumSet.of(Role.LEERTAFEL, Role.VOORZITTER, Role.COORDINATOR, Role.BELEID);

    private final Werkwijzen werkwijzen;
    private final AuditLog audit;

    ProposalAccess(Werkwijzen werkwijzen, AuditLog audit) {
        this.werkwijzen = werkwijzen;
        this.audit = audit;
    }

    /** The leertafel when the user may read its proposals; otherwise audits DENIED under {@code action}. */
    public LeertafelRef readable(CurrentUser user, String regionSlug, String tableCode, String action) {
        return find(regionSlug, tableCode).filter(t -> reads(user, t.regionSlug()))
                .orElseThrow(() -> hidden(user, regionSlug, tableCode, action));
    }

    /** The leertafel when the user may make and follow up its proposals. */
    public LeertafelRef changeable(CurrentUser user, String regionSlug, String tableCode, String action) {
        return find(regionSlug, tableCode).filter(t -> changes(user, t.regionSlug()))
                .orElseThrow(() -> hidden(user, regionSlug, tableCode, action));
    }

    public boolean reads(CurrentUser user, String regionSlug) {
        return user.worksInRegion(regionSlug) && READ.stream().anyMatch(user::hasRole);
    }

    public boolean changes(CurrentUser user, String regionSlug) {
        return user.worksInRegion(regionSlug) && CHANGE.stream().anyMatch(user::hasRole);
    }

    /** The leertafels whose proposals the user reads, in the order of the werkwijzen. */
    public List<LeertafelRef> readableBy(CurrentUser user) {
        return werkwijzen.all().stream().filter(w -> reads(user, w.slug()))
                .flatMap(w -> w.tables().stream().filter(t -> t.type() == TableType.LEERTAFEL)
                        .map(t -> new LeertafelRef(w.slug(), w.name(), t.code(), t.name())))
                .toList();
    }

    public Optional<LeertafelRef> find(String regionSlug, String tableCode) {
        return werkwijzen.find(regionSlug).flatMap(w -> w.table(tableCode)
                .filter(t -> t.type() == TableType.LEERTAFEL)
                .map(t -> new LeertafelRef(w.slug(), w.name(), t.code(), t.name())));
    }

    /** Audits the refusal and returns the exception to throw; the path is the region and table, never case data. */
    public ProposalHidden hidden(CurrentUser user, String regionSlug, String tableCode, String action) {
        audit.record(AuditEvent.of(action, "LEERTAFEL", regionSlug + "/" + tableCode).withActor(user.username())
                .withOutcome(AuditOutcome.DENIED).withDetails("geen toegang tot deze leertafel"));
        return new ProposalHidden("leertafel " + regionSlug + "/" + tableCode);
    }

    /** For a proposal id that is not of this leertafel: the same answer as for one that does not exist. */
    public ProposalHidden hiddenProposal(CurrentUser user, long proposalId, String action) {
        audit.record(AuditEvent.of(action, "VOORSTEL", proposalId).withActor(user.username())
                .withOutcome(AuditOutcome.DENIED).withDetails("voorstel niet van deze leertafel"));
        return new ProposalHidden("voorstel " + proposalId);
    }
}
