package nl.doorbraak;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/**
 * Every endpoint of the application with who may use it. {@link AuthorizationMatrixTest} fails for an endpoint that
 * is missing here, so a new one is tried by an attacker from the day it exists.
 */
final class EndpointScopes {

    enum Scope {
        /** reachable without login */
        PUBLIC,
        /**
         * no login: a secret token in the path is the key (the personal agenda feed); an unknown token gets 404 and
         * is audited as DENIED
         */
        TOKEN,
        /** any logged-in user; shows only what the user may see */
        ANY_USER,
        /** about one case (or its meeting, verslag, agreements): need-to-know of that case */
        CASE,
        /**
         * the material of Tilburg's leertafel (/leertafels/{regio}/{tafel}/...): its members, chair and coordinators,
         * and for what it learnt (themes, trends, proposals) the region's policy staff; none of the outsiders. Its
         * members, sessions and cases are for members only: a LEERTAFEL user of the region who is no member gets 404
         * (AuthorizationMatrixTest.outsidersNeverReachTilburgsLeertafel)
         */
        LEERTAFEL,
        /** the administrator only */
        ADMIN,
        /** the privacy officer only */
        PRIVACY,
        /** leertafel members and coordinators (the anonymity check): no case content, refused for other roles */
        LEERTAFEL_OR_COORDINATOR
    }

    static final Map<String, Scope> ALL = Map.ofEntries(
            entry("GET /login", Scope.PUBLIC),
            entry("GET /", Scope.ANY_USER),
            entry("GET /help", Scope.ANY_USER),
            entry("GET /casussen", Scope.ANY_USER),
            entry("POST /casussen/zoeken", Scope.ANY_USER),
            entry("GET /mijn-casussen", Scope.ANY_USER),
            entry("GET /aanmeldingen/nieuw", Scope.ANY_USER),
            entry("POST /aanmeldingen", Scope.ANY_USER),
            entry("GET /vooroverleg", Scope.ANY_USER),
            entry("GET /planning", Scope.ANY_USER),
            entry("GET /afspraken", Scope.ANY_USER),
            entry("GET /verslagen", Scope.ANY_USER),
            entry("GET /overzicht", Scope.ANY_USER),
            entry("GET /overzicht/{signaal}", Scope.ANY_USER),
            entry("GET /account/api-tokens", Scope.ANY_USER),
            entry("GET /account/wachtwoord", Scope.ANY_USER),
            entry("POST /account/wachtwoord", Scope.ANY_USER),
            entry("POST /account/api-tokens", Scope.ANY_USER),
            entry("POST /account/api-tokens/{id}/intrekken", Scope.ANY_USER),
            // branch notify: the user's own notifications (rows of another user are not found)
            entry("GET /meldingen", Scope.ANY_USER),
            entry("POST /meldingen/{id}/openen", Scope.ANY_USER),
            entry("POST /meldingen/gelezen", Scope.ANY_USER),
            entry("GET /mijn-overleggen", Scope.ANY_USER),
            entry("POST /mijn-overleggen/agenda-abonnement", Scope.ANY_USER),
            entry("POST /mijn-overleggen/agenda-abonnement/intrekken", Scope.ANY_USER),
            entry("GET /agenda/feed/{token}.ics", Scope.TOKEN),
            entry("GET /api/v1/casussen", Scope.ANY_USER),
            entry("POST /api/v1/aanmeldingen", Scope.ANY_USER),
            entry("GET /api/v1/leerplicht", Scope.ANY_USER),
            entry("ANY /api/**", Scope.ANY_USER),
            // branch anon: the identifier check for leertafel texts
            entry("POST /api/v1/leertafel/anonimiteitscheck", Scope.LEERTAFEL_OR_COORDINATOR),

            entry("GET /casussen/{id}", Scope.CASE),
            entry("POST /casussen/{id}/toestemming-ingetrokken", Scope.CASE),
            entry("POST /casussen/{id}/mogelijk-dubbel/{pairId}", Scope.CASE),
            entry("POST /casussen/{id}/coordinator", Scope.CASE),
            entry("GET /casussen/{id}/afsluiten", Scope.CASE),
            entry("POST /casussen/{id}/afsluiten", Scope.CASE),
            entry("POST /casussen/{id}/heropenen", Scope.CASE),
            entry("GET /aanmeldingen/{id}", Scope.CASE),
            entry("POST /aanmeldingen/{id}", Scope.CASE),
            // branch referral: a case sent back with advice, amended and submitted again by its referrer
            entry("GET /aanmeldingen/{id}/opnieuw", Scope.CASE),
            entry("POST /aanmeldingen/{id}/opnieuw", Scope.CASE),
            entry("GET /vooroverleg/{id}", Scope.CASE),
            entry("POST /vooroverleg/{id}", Scope.CASE),
            entry("GET /api/v1/casussen/{id}", Scope.CASE),
            entry("GET /planning/casussen/{caseId}", Scope.CASE),
            entry("POST /planning/casussen/{caseId}", Scope.CASE),
            entry("GET /planning/casussen/{caseId}/vervolgoverleg", Scope.CASE),
            entry("POST /planning/casussen/{caseId}/vervolgoverleg", Scope.CASE),
            entry("GET /planning/vergaderingen/{id}", Scope.CASE),
            entry("GET /planning/vergaderingen/{id}/uitnodiging.ics", Scope.CASE),
            entry("GET /planning/vergaderingen/{id}/agendapunten/{itemId}/uitnodiging.ics", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/voorzitter", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/deelnemers", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/deelnemers/{participantId}/verwijderen", Scope.CASE),
            // branch participants: picking participants from the region's registry (issue 10)
            entry("GET /planning/vergaderingen/{id}/agendapunten/{itemId}/deelnemers", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/agendapunten/{itemId}/deelnemers/zoeken", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/agendapunten/{itemId}/deelnemers/organisatie", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/agendapunten/{itemId}/deelnemers/structurele-partners", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/agendapunten/{itemId}/deelnemers/persoon", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/agendapunten/{itemId}/deelnemers/extern", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/uitnodigingen", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/verzetten", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/agendapunten/{itemId}/tijd", Scope.CASE),
            entry("POST /planning/vergaderingen/{id}/annuleren", Scope.CASE),
            entry("GET /casussen/{caseId}/dossier", Scope.CASE),
            entry("POST /casussen/{caseId}/dossier", Scope.CASE),
            entry("POST /casussen/{caseId}/dossier/versturen", Scope.CASE),
            // branch documents: the dossier's documents (add, download, remove) and the dossier as a PDF
            entry("GET /casussen/{caseId}/dossier/pdf", Scope.CASE),
            entry("POST /casussen/{caseId}/dossier/documenten", Scope.CASE),
            entry("GET /casussen/{caseId}/dossier/documenten/{documentId}", Scope.CASE),
            entry("POST /casussen/{caseId}/dossier/documenten/{documentId}/verwijderen", Scope.CASE),
            entry("GET /casussen/{caseId}/voortgang", Scope.CASE),
            entry("POST /casussen/{caseId}/voortgang", Scope.CASE),
            entry("GET /casussen/{caseId}/opschalen", Scope.CASE),
            entry("POST /casussen/{caseId}/opschalen", Scope.CASE),
            entry("POST /casussen/{caseId}/opschalen/oplossen", Scope.CASE),
            entry("GET /casussen/{caseId}/verslagen", Scope.CASE),
            entry("GET /verslagen/{agendaItemId}/versies/{version}", Scope.CASE),
            entry("GET /verslagen/{agendaItemId}/versies/{version}/pdf", Scope.CASE),
            entry("POST /verslagen/{agendaItemId}/corrigeren", Scope.CASE),
            entry("POST /verslagen/{agendaItemId}/vaststellen", Scope.CASE),
            entry("GET /verslagen/{itemId}", Scope.CASE),
            entry("POST /verslagen/{itemId}", Scope.CASE),
            entry("POST /verslagen/{itemId}/concept", Scope.CASE),
            entry("POST /verslagen/{itemId}/afspraken", Scope.CASE),
            entry("POST /verslagen/{itemId}/afspraken/{agreementId}/verwijderen", Scope.CASE),
            entry("POST /verslagen/{itemId}/scenarios", Scope.CASE),
            entry("POST /verslagen/{itemId}/scenarios/{scenarioId}/verwijderen", Scope.CASE),
            entry("GET /casussen/{caseId}/afspraken", Scope.CASE),
            entry("GET /casussen/{caseId}/afspraken/{agreementId}", Scope.CASE),
            entry("POST /casussen/{caseId}/afspraken/{agreementId}/gedaan", Scope.CASE),
            entry("POST /casussen/{caseId}/afspraken/{agreementId}/probleem", Scope.CASE),
            entry("POST /casussen/{caseId}/afspraken/{agreementId}/deadline", Scope.CASE),
            entry("GET /casussen/{caseId}/scenarios/{scenarioId}", Scope.CASE),
            entry("POST /casussen/{caseId}/scenarios/{scenarioId}/activeren", Scope.CASE),
            // branch tabledates: a region's table dates, kept by its coordinators only (outsiders get 403/404)
            entry("GET /planning/tafeldata/{slug}", Scope.CASE),
            entry("POST /planning/tafeldata/{slug}", Scope.CASE),
            entry("GET /planning/tafeldatum/{dateId}", Scope.CASE),
            entry("POST /planning/tafeldatum/{dateId}", Scope.CASE),
            entry("POST /planning/tafeldatum/{dateId}/annuleren", Scope.CASE),
            // branch cases: a closed case offered to the leertafel (its coordinators only), and the leertafelcasussen
            // of a table (its members, chair and coordinators; the author's drafts the author only)
            entry("GET /casussen/{caseId}/leertafel", Scope.CASE),
            entry("POST /casussen/{caseId}/leertafel", Scope.CASE),
            entry("GET /leertafels/{regio}/{tafel}/casussen", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/casussen", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/casussen/nieuw", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/casussen/{id}", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/casussen/{id}", Scope.LEERTAFEL),

            // branch sessions: the leertafel, its members, sessions, agenda, invitations, attendance and notes
            entry("GET /leertafels", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/leden", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/leden", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/leden/{memberId}/beeindigen", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/bijeenkomsten", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/bijeenkomsten/{id}", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/verzetten", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/voorzitter", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/annuleren", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/uitnodigen", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/agenda", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/agenda/{pointId}/minuten", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/agenda/{pointId}/omhoog", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/agenda/{pointId}/omlaag", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/agenda/{pointId}/verwijderen", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/aanwezigheid", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/bijeenkomsten/{id}/notities", Scope.LEERTAFEL),
            // branch themes: knelpunten of a case (its coordinators and chair), the region's list and its trends
            entry("GET /casussen/{caseId}/knelpunten", Scope.CASE),
            entry("POST /casussen/{caseId}/knelpunten", Scope.CASE),
            entry("GET /leertafels/{regio}/{tafel}/themas", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/themas", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/themas/{themeId}", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/themas/{themeId}", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/themas/{themeId}/actief", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/themas/{themeId}/verplaatsen", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/trends", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/trends.csv", Scope.LEERTAFEL),

            // branch proposals: a leertafel's proposals ({id} 1 is the first demo proposal of Tilburg) and opbrengst
            entry("GET /leertafels/{regio}/{tafel}/voorstellen", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/voorstellen/nieuw", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/voorstellen", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/voorstellen/{id}", Scope.LEERTAFEL),
            entry("POST /leertafels/{regio}/{tafel}/voorstellen/{id}/besluit", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/opbrengst", Scope.LEERTAFEL),
            entry("GET /leertafels/{regio}/{tafel}/opbrengst/pdf", Scope.LEERTAFEL),

            entry("GET /beheer/gebruikers", Scope.ADMIN),
            entry("GET /beheer/gebruikers/nieuw", Scope.ADMIN),
            entry("POST /beheer/gebruikers", Scope.ADMIN),
            entry("GET /beheer/gebruikers/{id}", Scope.ADMIN),
            entry("POST /beheer/gebruikers/{id}", Scope.ADMIN),
            entry("POST /beheer/gebruikers/{id}/actief", Scope.ADMIN),
            entry("POST /beheer/gebruikers/{id}/ontgrendelen", Scope.ADMIN),
            entry("POST /beheer/gebruikers/{id}/tafelcontact", Scope.ADMIN),
            entry("GET /beheer/gebruikers/{id}/wachtwoord", Scope.ADMIN),
            entry("POST /beheer/gebruikers/{id}/wachtwoord", Scope.ADMIN),
            entry("GET /beheer/organisaties", Scope.ADMIN),
            entry("GET /beheer/organisaties/nieuw", Scope.ADMIN),
            entry("POST /beheer/organisaties", Scope.ADMIN),
            entry("GET /beheer/organisaties/{id}", Scope.ADMIN),
            entry("POST /beheer/organisaties/{id}", Scope.ADMIN),
            entry("POST /beheer/organisaties/{id}/actief", Scope.ADMIN),
            entry("GET /beheer/regios", Scope.ADMIN),
            entry("GET /beheer/regios/{slug}", Scope.ADMIN),
            entry("GET /beheer/uitgaande-mail", Scope.ADMIN),
            entry("POST /beheer/uitgaande-mail/{id}/opnieuw", Scope.ADMIN),

            entry("GET /audit", Scope.PRIVACY),
            entry("GET /audit/export.csv", Scope.PRIVACY),
            entry("GET /audit/rechten", Scope.PRIVACY));

    private EndpointScopes() {
    }

    static List<String> withScope(Scope scope) {
        return ALL.entrySet().stream().filter(e -> e.getValue() == scope).map(Map.Entry::getKey).sorted().toList();
    }

    /** The GET pages of every user: lists and start pages, which must show only what the viewer may see. */
    static List<String> userPages() {
        return withScope(Scope.ANY_USER).stream().filter(e -> e.startsWith("GET ")).toList();
    }
}
