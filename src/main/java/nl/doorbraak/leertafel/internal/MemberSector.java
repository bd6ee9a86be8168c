package nl.doorbraak.leertafel.internal;

/** Where a member works: the seed asks for a mix of primary and secondary education and the municipal access. */
public enum MemberSector {
    PO, VO, VSO, GEMEENTELIJKE_TOEGANG
}
