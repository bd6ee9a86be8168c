package nl.doorbraak.leertafel.internal;

/** A new member as the coordinator chose them: a user of the region with role LEERTAFEL, a discipline and a sector. */
public record MemberDraft(Long userId, String discipline, MemberSector sector) {
}
