package nl.doorbraak.casefile.internal;

/**
 * The set-based statements of {@link CaseGenerator}. {@link #CASES} draws every generated case's facts into the
 * scratch table {@code gen_case} (ids taken from the case_file sequence); the other statements write the real tables
 * from it, each row shaped as the services would have written it for the case's status.
 */
final class GeneratedCaseSql {

    /**
     * Status mix: 2% draft, 4% referred, 3% in vooroverleg, 8% admitted and waiting for the table, 12% sent back,
     * 6% rejected, 5% stopped (consent withdrawn), 60% closed after admission. Open cases are from the last 70 days,
     * the others from the last two years. 40% have been out of school more than 3 months.
     */
    static final String CASES = """
            create temp table gen_case on commit drop as
            with base as (
                select floor(random() * :municipalityCount)::int as municipality_no,
                       random() as r_status, random() as r_type, random() as r_trigger, random() as r_no_school,
                       random() as r_since, random() as r_age, random() as r_created, random() as r_submit,
                       random() as r_triage, random() as r_decide, random() as r_close, random() as r_sector,
                       random() as r_basis, random() as r_guardians, random() as r_method,
                       1 + floor(random() * :firstCount)::int as first_no,
                       1 + floor(random() * :surnameCount)::int as surname_no,
                       1 + floor(random() * :firstCount)::int as guardian_first_no,
                       1 + floor(random() * :schoolsPerType)::int as school_no,
                       1 + floor(random() * :referrers)::int as referrer_no,
                       1 + floor(random() * :coordinators)::int as coordinator_no
                from generate_series(1, :count)
            ), shaped as (
                select b.*, m.name as municipality, m.region_slug,
                       case when r_status < 0.02 then 'CONCEPT' when r_status < 0.06 then 'AANGEMELD'
                            when r_status < 0.09 then 'IN_VOOROVERLEG' when r_status < 0.17 then 'TOEGELATEN'
                            when r_status < 0.29 then 'TERUGGESTUURD' when r_status < 0.35 then 'AFGEWEZEN'
                            when r_status < 0.40 then 'GESTOPT' else 'AFGESLOTEN' end as status,
                       r_no_school < 0.08 as no_school,
                       case when r_type < 0.35 then 'PO' when r_type < 0.43 then 'SO' when r_type < 0.48 then 'SBO'
                            when r_type < 0.83 then 'VO' when r_type < 0.95 then 'VSO' else 'MBO' end as school_kind
                from base b join gen_municipality m on m.no = b.municipality_no
            ), created as (
                select s.*, cast(:now as timestamptz)
                       - (case when status in ('CONCEPT', 'AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN')
                               then 1 + r_created * 69 else 30 + r_created * 700 end) * interval '1 day' as created_at
                from shaped s
            ), submitted as (
                select c.*, case when status <> 'CONCEPT' then created_at
                       + least(interval '2 days', (cast(:now as timestamptz) - created_at) / 2) * r_submit end as submitted_at
                from created c
            ), triaged as (
                select s.*, case when status not in ('CONCEPT', 'AANGEMELD', 'GESTOPT') then submitted_at
                       + least(interval '5 days', (cast(:now as timestamptz) - submitted_at) / 3) * r_triage end as triage_at
                from submitted s
            ), decided as (
                select t.*, case when status in ('TOEGELATEN', 'TERUGGESTUURD', 'AFGEWEZEN', 'AFGESLOTEN') then triage_at
                       + least(interval '14 days', (cast(:now as timestamptz) - triage_at) / 2) * (0.1 + 0.9 * r_decide)
                       end as decided_at
                from triaged t
            )
            select nextval(pg_get_serial_sequence('case_file', 'id')) as id, d.*,
                   (string_to_array(:firstNames, ','))[first_no] || ' ' || (string_to_array(:surnames, ','))[surname_no]
                       || ' (gegenereerd)' as youth_name,
                   (string_to_array(:firstNames, ','))[guardian_first_no] || ' '
                       || (string_to_array(:surnames, ','))[surname_no] as guardian_name,
                   case when r_guardians < 0.6 then (string_to_array(:firstNames, ','))[(guardian_first_no + 6) % :firstCount + 1]
                       || ' ' || (string_to_array(:surnames, ','))[(surname_no + 10) % :surnameCount + 1] end as second_guardian_name,
                   (created_at at time zone 'Europe/Amsterdam')::date - (365.25 * case when no_school then 6 + r_age * 11
                       when school_kind in ('PO', 'SO', 'SBO') then 5 + r_age * 7 when school_kind = 'MBO' then 16 + r_age * 2
                       else 12 + r_age * 5.5 end)::int as birth_date,
                   (created_at at time zone 'Europe/Amsterdam')::date - (case when r_since < 0.4 then 91 + r_since / 0.4 * 270
                       else (r_since - 0.4) / 0.6 * 90 end)::int as out_of_school_since,
                   case when status = 'AFGESLOTEN'
                       then decided_at + (cast(:now as timestamptz) - decided_at) * (0.3 + 0.6 * r_close) end as closed_at,
                   case when status = 'GESTOPT'
                       then submitted_at + (cast(:now as timestamptz) - submitted_at) * 0.5 * r_close end as stopped_at,
                   case when r_trigger < 0.7 then 'THUISZITTER' when r_trigger < 0.95 then 'DREIGENDE_THUISZITTER'
                        else 'DREIGENDE_UITHUISPLAATSING' end as trigger,
                   case when no_school then 'LEERPLICHT' when r_sector < 0.12 then 'ZORG_LOKAAL'
                        when school_kind in ('PO', 'SO', 'SBO') then 'PO' else 'VO' end as sector,
                   case when r_basis < 0.85 then 'WETTELIJKE_TAAK' when r_basis < 0.95 then 'WETTELIJKE_PLICHT'
                        else 'TOESTEMMING' end as legal_basis,
                   case status when 'TERUGGESTUURD' then 'Eerst het ondersteuningsteam van de school inzetten; daarna opnieuw aanmelden.'
                        when 'AFGEWEZEN' then 'De jongere volgt inmiddels weer onderwijs.'
                        else 'Voldoet aan de criteria; de school en leerplicht komen er samen niet uit.' end as decision_reason,
                   o.id as school_id, o.name as school_name,
                   v.user_id as referrer_id, v.username as referrer_username, v.display_name as referrer_name,
                   v.email as referrer_email, k.user_id as coordinator_id, k.username as coordinator_username
            from decided d
            left join organisation o on not d.no_school and o.region_slug = d.region_slug
                 and o.code = 'gen-' || d.school_kind || '-' || lpad(d.school_no::text, 2, '0')
            join gen_actor v on v.region_slug = d.region_slug and v.kind = 'V' and v.number = d.referrer_no
            join gen_actor k on k.region_slug = d.region_slug and k.kind = 'C' and k.number = d.coordinator_no""";

    static final String CASE_FILES = """
            insert into case_file (id, region_slug, status, youth_name, youth_birth_date, municipality,
                                   school_organisation_id, school_type, no_school, enrolled, startkwalificatie, trigger,
                                   out_of_school_since, description, kernvraag, referrer_user_id, referrer_name,
                                   referrer_organisation, referrer_contact, sector, legal_basis, table_deadline,
                                   created_at, submitted_at, decided_at, stopped_at)
            overriding system value
            select id, region_slug, status, youth_name, birth_date, municipality, school_id,
                   case when no_school then null else school_kind end, no_school, not no_school, false, trigger,
                   out_of_school_since,
                   'Gegenereerde casus: ' || lower(replace(trigger, '_', ' ')) || ' in ' || municipality
                       || ', sinds ' || to_char(out_of_school_since, 'DD-MM-YYYY') || ' niet (volledig) op school.',
                   'Welke plek en welke ondersteuning heeft deze jongere nodig om weer naar school te gaan?',
                   referrer_id, referrer_name, coalesce(school_name, 'Leerplicht ' || municipality), referrer_email,
                   sector, legal_basis,
                   case when submitted_at is not null then (submitted_at at time zone 'Europe/Amsterdam')::date + 42 end,
                   created_at, submitted_at, decided_at, stopped_at
            from gen_case order by id""";

    static final String GUARDIANS = """
            insert into case_guardian (case_id, position, name, contact)
            select id, 1, guardian_name, 'ouder1.' || id || '@gegenereerd.example' from gen_case
            union all
            select id, 2, second_guardian_name, null from gen_case where second_guardian_name is not null""";

    static final String CONSENTS = """
            insert into case_consent (case_id, by_guardian, by_youth, given_on, method, for_referral, for_sharing,
                                      withdrawn_on, withdrawn_reason)
            select id, true, birth_date + interval '12 years' <= created_at,
                   (created_at at time zone 'Europe/Amsterdam')::date - (r_method * 10)::int,
                   case when r_method < 0.5 then 'MONDELING' else 'SCHRIFTELIJK' end, true, true,
                   (stopped_at at time zone 'Europe/Amsterdam')::date,
                   case when stopped_at is not null then 'De ouders willen niet verder met de aanmelding.' end
            from gen_case""";

    static final String PARTICIPANTS = """
            insert into case_participant (case_id, user_id, role) select id, referrer_id, 'INBRENGER' from gen_case""";

    /** The timeline {@link CaseLifecycle} would have recorded; a closed case was admitted first. */
    static final String EVENTS = """
            insert into case_event (case_id, occurred_at, actor_user_id, type, reason)
            select id, created_at, referrer_id, 'CONCEPT_OPGESLAGEN', null from gen_case
            union all
            select id, submitted_at, referrer_id, 'AANGEMELD', null from gen_case where submitted_at is not null
            union all
            select id, triage_at, coordinator_id, 'VOOROVERLEG_GESTART', null from gen_case where triage_at is not null
            union all
            select id, decided_at, coordinator_id, case status when 'AFGESLOTEN' then 'TOEGELATEN' else status end,
                   decision_reason
            from gen_case where decided_at is not null
            union all
            select id, closed_at, coordinator_id, 'AFGESLOTEN', 'Passend aanbod: de jongere gaat weer naar school.'
            from gen_case where closed_at is not null
            union all
            select id, stopped_at, referrer_id, 'TOESTEMMING_INGETROKKEN', 'De ouders willen niet verder met de aanmelding.'
            from gen_case where stopped_at is not null""";

    static final String TRIAGE_DECISIONS = """
            insert into triage_decision (case_id, decider_user_id, decision, reason, condition_holds,
                                         circumstances_met, criteria_met, decided_at)
            select id, coordinator_id,
                   case status when 'TERUGGESTUURD' then 'TERUGVERWIJZEN' when 'AFGEWEZEN' then 'AFWIJZEN' else 'TOELATEN' end,
                   decision_reason, status <> 'AFGEWEZEN',
                   case when status in ('TOEGELATEN', 'AFGESLOTEN') then 1 + floor(r_decide * 3)::int else 0 end,
                   status in ('TOEGELATEN', 'AFGESLOTEN'), decided_at
            from gen_case where decided_at is not null""";

    /** The audit entries the services would have written: saved or submitted, looked at, decided, closed, stopped. */
    static final String AUDIT = """
            insert into audit_log (occurred_at, actor, action, object_type, object_id, subject_ref, outcome, details)
            select at, actor, action, 'CASUS', id::text, 'casus:' || id, 'SUCCESS', 'gegenereerde data' from (
                select id, created_at as at, referrer_username as actor, 'CONCEPT_OPGESLAGEN' as action
                from gen_case where status = 'CONCEPT'
                union all
                select id, submitted_at, referrer_username, 'AANMELDING_INGEDIEND' from gen_case where submitted_at is not null
                union all
                select id, triage_at, coordinator_username, 'CASUS_BEKEKEN' from gen_case where triage_at is not null
                union all
                select id, decided_at, coordinator_username, 'TRIAGE_BESLUIT' from gen_case where decided_at is not null
                union all
                select id, closed_at, coordinator_username, 'CASUS_AFGESLOTEN' from gen_case where closed_at is not null
                union all
                select id, stopped_at, referrer_username, 'TOESTEMMING_INGETROKKEN' from gen_case where stopped_at is not null
            ) entries order by at""";

    private GeneratedCaseSql() {
    }
}
