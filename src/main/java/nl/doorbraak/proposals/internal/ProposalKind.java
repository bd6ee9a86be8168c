package nl.doorbraak.proposals.internal;

/** A verbetervoorstel changes how the partners work together; a beleidsvoorstel asks an organisation for policy. */
public enum ProposalKind {
    VERBETERVOORSTEL, BELEIDSVOORSTEL
}
