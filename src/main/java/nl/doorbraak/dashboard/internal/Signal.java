package nl.doorbraak.dashboard.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * One number on the dashboard and the list behind it, as SQL over {@code case_file c} of one region. Parameters:
 * {@code :today}, {@code :yearAgo} (timestamptz), {@code :yearAgoDate}, {@code :quietSince} (timestamptz) and
 * {@code :threeMonthsAgo}. {@code dateSql} is the date the list shows, {@code numberSql} its second column. A new
 * signal (such as open escalations, once opschalen exists) is one more constant.
 */
public enum Signal {

    AANGEMELD("aangemeld", phase("AANGEMELD"), submittedOn(), daysSinceSubmitted(), "c.id desc"),
    IN_VOOROVERLEG("in-vooroverleg", phase("IN_VOOROVERLEG"), submittedOn(), daysSinceSubmitted(), "c.id desc"),
    TOEGELATEN("toegelaten", phase("TOEGELATEN"), submittedOn(), daysSinceSubmitted(), "c.id desc"),
    GEPLAND("gepland", phase("GEPLAND"), submittedOn(), daysSinceSubmitted(), "c.id desc"),
    IN_UITVOERING("in-uitvoering", phase("IN_UITVOERING"), submittedOn(), daysSinceSubmitted(), "c.id desc"),
    PASSEND_AANBOD("passend-aanbod", """
            c.status = 'AFGESLOTEN' and c.closed_at >= :yearAgo and exists (select 1 from case_outcome o
                where o.case_id = c.id and o.reopened_at is null and o.kind = 'PASSEND_AANBOD')""",
            "(c.closed_at at time zone 'Europe/Amsterdam')::date", """
            (select o.starts_on - c.out_of_school_since from case_outcome o
             where o.case_id = c.id and o.reopened_at is null)""", "c.closed_at desc, c.id desc"),
    // no table held by the deadline: the first table was later, or there is none and the case still waits for one
    // (a case that stopped or ended before any table owed none); one index lookup per case with a passed deadline
    BELOFTE_GEBROKEN("belofte-gebroken", """
            c.table_deadline is not null and c.status <> 'CONCEPT' and c.table_deadline >= :yearAgoDate
            and c.table_deadline < :today
            and coalesce(""" + Signal.FIRST_TABLE + """
            , case when c.status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN', 'GEPLAND') then date '9999-12-31' end)
                > c.table_deadline""",
            "c.table_deadline", "coalesce(" + Signal.FIRST_TABLE + ", cast(:today as date)) - c.table_deadline",
            "c.table_deadline, c.id"),
    AFSPRAKEN_TE_LAAT("afspraken-te-laat", Signal.OPEN + """
             and exists (select 1 from verslag_agreement a
                where a.case_id = c.id and """ + Signal.LATE_AGREEMENT + ")",
            "(select min(a.due_on) from verslag_agreement a where a.case_id = c.id and " + Signal.LATE_AGREEMENT + ")",
            "(select count(*) from verslag_agreement a where a.case_id = c.id and " + Signal.LATE_AGREEMENT + ")",
            "signal_date, c.id"),
    // a missed progress update (signalled by the voortgang module's daily job) with no update posted since
    VOORTGANG_GEMIST("voortgang-gemist", """
            c.status = 'IN_UITVOERING' and exists (select 1 from voortgang_gemist g where g.case_id = c.id
                and not exists (select 1 from voortgang_bericht b where b.case_id = c.id and b.posted_at >= g.signalled_at))""",
            "(select max(g.due_on) from voortgang_gemist g where g.case_id = c.id)",
            "cast(:today as date) - (select max(g.due_on) from voortgang_gemist g where g.case_id = c.id)",
            "signal_date, c.id"),
    STIL("stil", Signal.OPEN + """
             and not exists (select 1 from case_event e where e.case_id = c.id and e.occurred_at >= :quietSince)""",
            "(select (max(e.occurred_at) at time zone 'Europe/Amsterdam')::date from case_event e where e.case_id = c.id)",
            "cast(:today as date) - (select (max(e.occurred_at) at time zone 'Europe/Amsterdam')::date "
                    + "from case_event e where e.case_id = c.id)",
            "signal_date nulls first, c.id"),
    LANG_THUIS("langer-dan-drie-maanden", Signal.OPEN + " and c.out_of_school_since < :threeMonthsAgo",
            "c.out_of_school_since", "cast(:today as date) - c.out_of_school_since", "c.out_of_school_since, c.id"),
    // an escalation stays open until someone decides, also when the case itself has ended meanwhile
    OPEN_ESCALATIES("open-escalaties", """
            exists (select 1 from escalation x where x.case_id = c.id and x.status = 'OPEN')""",
            "(select (min(x.raised_at) at time zone 'Europe/Amsterdam')::date from escalation x "
                    + "where x.case_id = c.id and x.status = 'OPEN')",
            "cast(:today as date) - (select (min(x.raised_at) at time zone 'Europe/Amsterdam')::date "
                    + "from escalation x where x.case_id = c.id and x.status = 'OPEN')",
            "signal_date, c.id"),
    // a referral with the name and date of birth of another open case, not yet judged; each region lists only its
    // own side of the pair. Starts from the few undecided pairs (partial indexes of V23), not from the region's cases
    MOGELIJK_DUBBEL("mogelijk-dubbel", """
            c.status <> 'CONCEPT' and c.id in (select d.case_id from case_possible_duplicate d where d.decision is null
                union all select d.match_case_id from case_possible_duplicate d where d.decision is null)""",
            "(select (min(p.found_at) at time zone 'Europe/Amsterdam')::date from " + Signal.OPEN_PAIRS + " p)",
            "(select count(*) from " + Signal.OPEN_PAIRS + " p)", "signal_date, c.id");

    /** An agreement of a finalised verslag, not done, past its deadline (a reported problem is still late). */
    static final String LATE_AGREEMENT = " a.status in ('OPEN', 'PROBLEEM') and a.due_on < :today "
            + "and exists (select 1 from verslag v where v.id = a.verslag_id and v.latest_version > 0)";
    /** The undecided possible duplicates case {@code c} is in, from either side, with when they were found. */
    static final String OPEN_PAIRS = "(select d.found_at from case_possible_duplicate d where d.case_id = c.id "
            + "and d.decision is null union all select d.found_at from case_possible_duplicate d "
            + "where d.match_case_id = c.id and d.decision is null)";
    static final String OPEN = "c.status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN', 'GEPLAND', 'IN_UITVOERING')";
    /** The meeting date in a VERSLAG_VASTGESTELD event's reason; null when the reason is not an ISO date. */
    static final String TABLE_DATE = "(case when e.reason ~ '^\\d{4}-\\d{2}-\\d{2}$' then e.reason::date end)";
    /** The date of the case's first table, null when none was held. */
    static final String FIRST_TABLE = "(select min(" + TABLE_DATE + ") from case_event e where e.case_id = c.id "
            + "and e.type = 'VERSLAG_VASTGESTELD')";

    private final String slug;
    private final String condition;
    private final String dateSql;
    private final String numberSql;
    private final String orderSql;

    Signal(String slug, String condition, String dateSql, String numberSql, String orderSql) {
        this.slug = slug;
        this.condition = condition;
        this.dateSql = dateSql;
        this.numberSql = numberSql;
        this.orderSql = orderSql;
    }

    public static Optional<Signal> bySlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    /** Whether this is one of the phases of an open case (the first row of the dashboard). */
    public boolean isPhase() {
        return ordinal() <= IN_UITVOERING.ordinal();
    }

    /** Whether this is one of the numbers under "Aandacht nodig": not a phase, not a result. */
    public boolean needsAttention() {
        return !isPhase() && this != PASSEND_AANBOD;
    }

    String condition() {
        return condition;
    }

    String dateSql() {
        return dateSql;
    }

    String numberSql() {
        return numberSql;
    }

    String orderSql() {
        return orderSql;
    }

    private static String phase(String status) {
        return "c.status = '" + status + "'";
    }

    private static String submittedOn() {
        return "(c.submitted_at at time zone 'Europe/Amsterdam')::date";
    }

    private static String daysSinceSubmitted() {
        return "cast(:today as date) - (c.submitted_at at time zone 'Europe/Amsterdam')::date";
    }
}
