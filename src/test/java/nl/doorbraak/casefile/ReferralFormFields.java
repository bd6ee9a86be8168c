package nl.doorbraak.casefile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a complete referral form as a browser posts them: a 14-year-old VO pupil, 4 months out of school. */
public final class ReferralFormFields {

    private ReferralFormFields() {
    }

    public static Map<String, String> complete(String youthName, String region, String municipality, LocalDate today) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("regionSlug", region);
        f.put("youthName", youthName);
        f.put("youthBirthDate", today.minusYears(14).toString());
        f.put("municipality", municipality);
        f.put("schoolType", "VO");
        f.put("enrolled", "true");
        f.put("startkwalificatie", "false");
        f.put("guardian1Name", "Ouder van " + youthName);
        f.put("guardian1Contact", "06-12345678");
        f.put("trigger", "THUISZITTER");
        f.put("outOfSchoolSince", today.minusMonths(4).toString());
        f.put("description", "Gaat niet naar school sinds de zomer.");
        f.put("kernvraag", "Welke plek past?");
        f.put("referrerName", "Verwijzer");
        f.put("referrerContact", "verwijzer@test.example");
        f.put("sector", "VO");
        f.put("legalBasis", "WETTELIJKE_TAAK");
        f.put("consentByGuardian", "true");
        f.put("consentByYouth", "true");
        f.put("consentDate", today.minusDays(1).toString());
        f.put("consentMethod", "SCHRIFTELIJK");
        f.put("consentForReferral", "true");
        f.put("consentForSharing", "true");
        f.put("version", "0");
        return f;
    }
}
