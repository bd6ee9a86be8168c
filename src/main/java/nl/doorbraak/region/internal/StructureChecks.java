package nl.doorbraak.region.internal;

import static nl.doorbraak.region.internal.TableChecks.require;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import nl.doorbraak.organisation.EscalationContacts;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.Sector;
import nl.doorbraak.region.IntakeRoute;
import nl.doorbraak.region.RegionOrganisation;
import nl.doorbraak.region.Werkwijze;

/** Checks across fields: slug, unique codes, schools with a school type, routes and deciders that exist. */
class StructureChecks {

    void check(String file, String expectedSlug, Werkwijze werkwijze) {
        require(file, "slug", werkwijze.slug().equals(expectedSlug), "moet gelijk zijn aan de bestandsnaam (" + expectedSlug + ")");
        checkOrganisations(file, werkwijze);
        checkIntakeRoutes(file, werkwijze);
        checkDoorzettingsmacht(file, werkwijze);
        List<OrganisationType> deciders = werkwijze.admission().deciders();
        for (int i = 0; i < deciders.size(); i++) {
            OrganisationType type = deciders.get(i);
            require(file, "toelating.beslissers[" + i + "]", werkwijze.organisations().stream().anyMatch(o -> o.type() == type),
                    "geen organisatie van type " + type + " in deze regio");
        }
        require(file, "toelating.minimaalAantal",
                werkwijze.admission().minimumCircumstances() <= werkwijze.admission().circumstances().size(),
                "is groter dan het aantal omstandigheden");
        for (int i = 0; i < werkwijze.defaultSections().size(); i++) {
            require(file, "standaardwaarden[" + i + "]", Werkwijze.DEFAULTABLE_SECTIONS.contains(werkwijze.defaultSections().get(i)),
                    "onbekend onderdeel; kies uit " + Werkwijze.DEFAULTABLE_SECTIONS);
        }
        unique(file, "verslagonderdelen", "code", werkwijze.verslagSections(), s -> s.code());
        unique(file, "begrippen", "term", werkwijze.glossary(), t -> t.term().toLowerCase(Locale.ROOT));
    }

    private void checkOrganisations(String file, Werkwijze werkwijze) {
        unique(file, "organisaties", "code", werkwijze.organisations(), RegionOrganisation::code);
        for (int i = 0; i < werkwijze.organisations().size(); i++) {
            RegionOrganisation organisation = werkwijze.organisations().get(i);
            boolean school = organisation.type() == OrganisationType.SCHOOL;
            require(file, "organisaties[" + i + "].schoolsoort", school == (organisation.schoolType() != null),
                    school ? "ontbreekt (verplicht voor een school)" : "alleen voor een school");
            require(file, "organisaties[" + i + "].escalatieContact", validContacts(organisation.escalationContacts()),
                    "geen geldige e-mailadressen op een .example-domein (gescheiden door komma's)");
            require(file, "organisaties[" + i + "].escalatieContactStandaard",
                    !organisation.escalationContactsDefault() || organisation.escalationContacts() != null,
                    "alleen bij een escalatieContact");
            require(file, "organisaties[" + i + "].gemeente",
                    organisation.municipality() == null || werkwijze.municipalities().contains(organisation.municipality()),
                    "staat niet in gemeenten");
        }
    }

    private static boolean validContacts(String contacts) {
        return EscalationContacts.valid(contacts) && EscalationContacts.parse(contacts).stream()
                .allMatch(address -> address.toLowerCase(Locale.ROOT).endsWith(".example"));
    }

    private void checkDoorzettingsmacht(String file, Werkwijze werkwijze) {
        String code = werkwijze.doorzettingsmacht() == null ? null : werkwijze.doorzettingsmacht().organisationCode();
        require(file, "doorzettingsmacht.organisatie", code == null || werkwijze.organisation(code).isPresent(),
                "geen organisatie met code '" + code + "'");
    }

    private void checkIntakeRoutes(String file, Werkwijze werkwijze) {
        Set<Sector> routed = new HashSet<>();
        for (int i = 0; i < werkwijze.intakeRoutes().size(); i++) {
            IntakeRoute route = werkwijze.intakeRoutes().get(i);
            String at = "intakeroutes[" + i + "]";
            require(file, at + ".organisatie", werkwijze.organisation(route.organisationCode()).isPresent(),
                    "geen organisatie met code '" + route.organisationCode() + "'");
            require(file, at + ".email", route.email().toLowerCase(Locale.ROOT).endsWith(".example"),
                    "gebruik een verzonnen adres op een .example-domein, nooit echte contactgegevens");
            for (Sector sector : route.sectors()) {
                require(file, at + ".sectoren", routed.add(sector), "sector " + sector + " heeft al een intakeroute");
            }
        }
    }

    private static <T> void unique(String file, String list, String key, List<T> items, Function<T, String> keyOf) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            require(file, list + "[" + i + "]." + key, seen.add(keyOf.apply(items.get(i))), "komt dubbel voor");
        }
    }
}
