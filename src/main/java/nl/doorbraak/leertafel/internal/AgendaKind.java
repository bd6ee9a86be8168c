package nl.doorbraak.leertafel.internal;

/** What an agenda point is about: an anonymous case, a theme, a proposal to follow up, or another point. */
public enum AgendaKind {
    CASUS, THEMA, VOORSTEL, OVERIG
}
