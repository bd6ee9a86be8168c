package nl.doorbraak.casefile.web;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.casefile.internal.ConsentMethod;
import nl.doorbraak.casefile.internal.LegalBasis;
import nl.doorbraak.casefile.internal.Trigger;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices on the referral form, and what it starts with: the referrer's own details from the account. */
@Component
class ReferralFormOptions {

    private final Werkwijzen werkwijzen;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;

    ReferralFormOptions(Werkwijzen werkwijzen, OrganisationDirectory organisations, UserDirectory users) {
        this.werkwijzen = werkwijzen;
        this.organisations = organisations;
        this.users = users;
    }

    ReferralForm prefilled(CurrentUser user) {
        ReferralForm form = new ReferralForm();
        form.setReferrerName(user.displayName());
        users.find(user.id()).map(UserContact::email).ifPresent(form::setReferrerContact);
        organisationOf(user).ifPresent(o -> {
            form.setReferrerOrganisation(o.name());
            form.setSector(o.sector());
        });
        form.setRegionSlug(user.regionSlugs().stream().sorted().findFirst().orElse(null));
        return form;
    }

    void addTo(Model model, CurrentUser user) {
        List<Werkwijze> regions = user.regionSlugs().stream().sorted().map(werkwijzen::find).flatMap(Optional::stream).toList();
        model.addAttribute("regionOptions", regions);
        model.addAttribute("municipalityOptions", regions.stream().flatMap(w -> w.municipalities().stream()).distinct().toList());
        List<OrganisationSummary> schools = user.regionSlugs().isEmpty() ? List.of()
                : organisations.activeOfRegions(List.copyOf(user.regionSlugs())).stream()
                        .filter(o -> o.type() == OrganisationType.SCHOOL).toList();
        model.addAttribute("schoolOptions", schools);
        model.addAttribute("schoolTypeOptions", SchoolType.values());
        model.addAttribute("triggerOptions", Trigger.values());
        model.addAttribute("sectorOptions", Sector.values());
        model.addAttribute("legalBasisOptions", LegalBasis.values());
        model.addAttribute("consentMethodOptions", ConsentMethod.values());
        model.addAttribute("tableWordKey", tableWordKey(regions));
    }

    /**
     * The regions' own word for the table a referral goes to (Amsterdam: actietafel, Amstelland: doorbraakoverleg),
     * as a message key; a neutral word when the user's regions say different things.
     */
    static String tableWordKey(List<Werkwijze> regions) {
        List<TableType> types = regions.stream().flatMap(w -> w.tables().stream())
                .map(MeetingTable::type).filter(type -> !type.anonymousCasesOnly()).distinct().toList();
        return "referral.tableWord." + (types.size() == 1 ? types.get(0).name() : "ANY");
    }

    private Optional<OrganisationSummary> organisationOf(CurrentUser user) {
        return user.organisationId() == null ? Optional.empty() : organisations.find(user.organisationId());
    }
}
