/** Verbetervoorstellen and beleidsvoorstellen of a leertafel, followed up until adopted or refused, and its opbrengst. */
@org.springframework.modulith.ApplicationModule(displayName = "Voorstellen")
package nl.doorbraak.proposals;
