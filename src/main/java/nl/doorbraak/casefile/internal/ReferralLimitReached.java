package nl.doorbraak.casefile.internal;

/** The user's referrals matched open cases too often today: no more submissions until tomorrow. Nothing was saved. */
public class ReferralLimitReached extends RuntimeException {

    public static final String MESSAGE_KEY = "referral.limitReached";

    public ReferralLimitReached() {
        super("referral limit reached for today");
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }
}
