package io.waymark.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Fills a PostgreSQL database with a national programme's worth of synthetic data, through Waymark's own schema
 * (its Flyway migrations run first). Scale 1 is 300 providers, 7,800 staff, a million clients over six years and about
 * twenty million contacts. The rows are made by the server itself ({@code insert ... select} over
 * {@code generate_series}), with foreign-key triggers off and secondary indexes built after, so the load is bound by
 * the disk, not by round trips. The distributions follow docs/performance.md (from domain.md).
 *
 * <pre>./mvnw -Pgenerate-data -Dwaymark.url=jdbc:postgresql://localhost:5433/waymark -Dwaymark.scale=1</pre>
 *
 * The user must be able to set {@code session_replication_role} (a superuser, as in a benchmark database).
 */
public final class DataGenerator {

    /** Tables whose secondary indexes are dropped for the load and built again after it. */
    private static final List<String> BULK_TABLES = List.of("client", "client_group", "stage_move", "contact",
            "action_goal", "planned_contact", "employer", "job_outcome", "outcome_hours", "follow_up", "assessment_slot",
            "booking", "assignment", "staff", "team");

    private final Connection db;
    private final double scale;
    private final long started = System.nanoTime();

    private DataGenerator(Connection db, double scale) {
        this.db = db;
        this.scale = scale;
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("waymark.url", "jdbc:postgresql://localhost:5433/waymark");
        String user = System.getProperty("waymark.user", "postgres");
        String password = System.getProperty("waymark.password", "");
        double scale = Double.parseDouble(System.getProperty("waymark.scale", "1"));
        run(url, user, password, scale);
    }

    /** Migrates the database with Waymark's migrations and fills it at the scale. */
    static void run(String url, String user, String password, double scale) throws SQLException {
        System.out.printf("Migrating %s with Waymark's Flyway migrations%n", url);
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            new DataGenerator(db, scale).generate();
        }
    }

    private void generate() throws SQLException {
        int organisations = (int) Math.max(2, Math.round(300 * scale));
        long clients = Math.max(1000, Math.round(1_000_000 * scale));
        System.out.printf("Scale %s: %d organisations, %d clients%n", scale, organisations, clients);
        if (count("select count(*) from organisation where code like 'gen-%'") > 0) {
            throw new IllegalStateException("This database already holds generated data; start from an empty one");
        }
        execute("set session_replication_role = replica"); // no FK or audit triggers: the rows are made consistent
        execute("set synchronous_commit = off");
        execute("set maintenance_work_mem = '1GB'");
        execute("set work_mem = '256MB'");
        execute(FUNCTIONS);
        List<String> indexes = dropSecondaryIndexes();

        step("organisations, teams and staff", String.format(Locale.ROOT, STAFF, organisations));
        // The triggers that give a new organisation its shipped fields and lists are off for the load.
        step("shipped fields and lists", """
                do $$ declare o record; begin
                    for o in select code from organisation where code like 'gen-%' loop
                        perform add_shipped_fields(o.code);
                        perform add_shipped_lists(o.code);
                    end loop;
                end $$""");
        step("employers", EMPLOYERS);
        int chunks = 20;
        for (int chunk = 0; chunk < chunks; chunk++) {
            long from = clients * chunk / chunks + 1;
            long to = clients * (chunk + 1) / chunks;
            step(String.format("clients %d-%d", from, to), String.format(Locale.ROOT, CLIENTS, from, to, clients, organisations));
        }
        step("client groups", CLIENT_GROUPS);
        step("stage history", STAGE_MOVES);
        step("assignments", ASSIGNMENTS);
        for (int chunk = 0; chunk < chunks; chunk++) {
            long from = clients * chunk / chunks + 1;
            long to = clients * (chunk + 1) / chunks;
            step(String.format("contacts of clients %d-%d", from, to), String.format(Locale.ROOT, CONTACTS, from, to));
        }
        step("action plans and planned contacts", ACTION_PLANS);
        step("job outcomes, hours and follow-ups", OUTCOMES);
        long perOrganisation = (clients + organisations - 1) / organisations;
        step("assessment slots and bookings", String.format(Locale.ROOT, ASSESSMENTS, perOrganisation));
        step("next client numbers", "update organisation o set next_client_number = (select count(*) + 1 from client c"
                + " where c.organisation_code = o.code) where o.code like 'gen-%'");
        execute("set session_replication_role = origin");
        for (String index : indexes) {
            step("index: " + index.replaceAll(".*INDEX (\\S+) ON .*", "$1"), index);
        }
        step("analyse", "analyze");
        System.out.printf("Done in %s: %,d clients, %,d contacts, %,d stage moves, %,d job outcomes%n", elapsed(),
                count("select count(*) from client"), count("select count(*) from contact"),
                count("select count(*) from stage_move"), count("select count(*) from job_outcome"));
    }

    private List<String> dropSecondaryIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
                  join pg_class t on t.oid = i.indrelid
                 where t.relname = any (string_to_array('%s', ',')) and t.relnamespace = current_schema()::regnamespace
                   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"""
                .formatted(String.join(",", BULK_TABLES)))) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        for (String name : names) {
            execute("drop index " + name);
        }
        System.out.printf("Dropped %d secondary indexes for the load%n", names.size());
        return definitions;
    }

    private void step(String name, String sql) throws SQLException {
        long start = System.nanoTime();
        int rows;
        try (Statement s = db.createStatement()) {
            rows = s.executeUpdate(sql);
        }
        System.out.printf("[%s] %-45s %,12d rows in %6.1f s%n", elapsed(), name, rows, (System.nanoTime() - start) / 1e9);
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String elapsed() {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    // Ids are made from numbers (kind, n), so rows can name each other without lookups; hash01 is a repeatable
    // "random" number in [0, 1) for a row and a purpose.
    private static final String FUNCTIONS = """
            create or replace function pg_temp.gid(kind int, n bigint) returns uuid language sql immutable as
              $$ select (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
            create or replace function pg_temp.hash01(n bigint, purpose int) returns float8 language sql immutable as
              $$ select ((hashint8(n * 7919 + purpose)::bigint + 2147483648) % 1000000) / 1000000.0 $$;
            create or replace function pg_temp.num(id uuid) returns bigint language sql immutable as
              $$ select ('x' || right(id::text, 12))::bit(48)::bigint $$;
            create or replace function pg_temp.pick(options text[], r float8) returns text language sql immutable as
              $$ select options[1 + floor(r * array_length(options, 1))::int] $$;
            """;

    // Per organisation: 4 teams of 5 workers and a lead, an administrator and a health and wellbeing advisor.
    private static final String STAFF = """
            with orgs as (select o from generate_series(1, %1$d) o),
            ins_org as (
              insert into organisation (code, name, client_ref_prefix, default_caseload_limit)
              select 'gen-' || lpad(o::text, 4, '0'), 'Generated Employment Service ' || o,
                     'G' || chr(65 + (o / 676) %% 26) || chr(65 + (o / 26) %% 26) || chr(65 + o %% 26), 25
                from orgs returning code),
            ins_team as (
              insert into team (id, organisation_code, name)
              select pg_temp.gid(3, o * 10 + t), 'gen-' || lpad(o::text, 4, '0'), 'Team ' || t
                from orgs, generate_series(1, 4) t returning id)
            insert into staff (id, organisation_code, subject, username, display_name, team_id, team_role, roles)
            select pg_temp.gid(2, o * 100 + s), 'gen-' || lpad(o::text, 4, '0'), 'gen-staff-' || (o * 100 + s),
                   'staff' || (o * 100 + s), 'Staff member ' || (o * 100 + s),
                   case when s <= 24 then pg_temp.gid(3, o * 10 + 1 + (s - 1) / 6) end,
                   case when s <= 24 then case when s %% 6 = 0 then 'TEAM_LEAD' else 'WORKER' end end,
                   case when s <= 24 then case when s %% 6 = 0 then 'team-lead' else 'worker' end
                        when s = 25 then 'admin' else 'advisor' end
              from orgs, generate_series(1, 26) s
            """;

    private static final String EMPLOYERS = """
            insert into employer (id, organisation_code, name, sector, size_band, local_authority)
            select pg_temp.gid(6, o.n * 100 + e), o.code, 'Employer ' || o.n || '-' || e,
                   pg_temp.pick(array['Retail','Hospitality','Care','Logistics','Public sector','Manufacturing',
                                       'Office and administration','Construction'], pg_temp.hash01(e, 1)),
                   pg_temp.pick(array['MICRO','SMALL','MEDIUM','LARGE'], pg_temp.hash01(e, 2)),
                   pg_temp.pick(array['Glasgow City','Edinburgh','Fife','North Lanarkshire','Aberdeen City','Highland'],
                                pg_temp.hash01(o.n, 3))
              from (select substr(code, 5)::int n, code from organisation where code like 'gen-%') o,
                   generate_series(1, 40) e
            """;

    // Clients n = from..to of total, spread evenly over the organisations. About 12% are open and on a caseload of
    // about 20 per worker (under the default limit of 25), 1% wait on a team's list, the rest closed over six years.
    // Ages: 15% 16-24, 60% 25-49, 25% 50 and over; support level: 60% under 7 hours, 30% 7-40, 10% over 40.
    private static final String CLIENTS = """
            insert into client (id, organisation_code, reference, first_name, last_name, date_of_birth, gender,
                                local_authority, programme, referral_source, referral_date, programme_start_date,
                                consent_given, consent_date, consent_scope, support_level, status, closure_reason,
                                closed_on, current_stage, stage_entered_on, worker_id, team_id, waiting_since, custom)
            select pg_temp.gid(4, n), 'gen-' || lpad(org::text, 4, '0'),
                   'G' || lpad(n::text, 8, '0'),
                   pg_temp.pick(array['Aileen','Ben','Catriona','Darren','Eilidh','Fraser','Gemma','Hamish','Isla',
                                       'Jamie','Kirsty','Lewis','Morag','Niall','Orla','Paul'], pg_temp.hash01(n, 11)),
                   pg_temp.pick(array['Anderson','Brown','Campbell','Duncan','Fraser','Graham','Hamilton','Kerr',
                                       'MacDonald','Murray','Paterson','Reid','Robertson','Scott','Stewart','Wilson'],
                                pg_temp.hash01(n, 12)),
                   referred - (365.25 * case when a < 0.15 then 16 + a / 0.15 * 9 when a < 0.75 then 25 + (a - 0.15) / 0.6 * 25
                                              else 50 + (a - 0.75) / 0.25 * 16 end)::int,
                   pg_temp.pick(array['WOMAN','MAN','WOMAN','MAN','NON_BINARY'], pg_temp.hash01(n, 13)),
                   pg_temp.pick(array['Glasgow City','Edinburgh','Fife','North Lanarkshire','Aberdeen City','Highland'],
                                pg_temp.hash01(n, 14)),
                   pg_temp.pick(array['FAIR_START_SCOTLAND','NO_ONE_LEFT_BEHIND','NO_ONE_LEFT_BEHIND',
                                       'LOCAL_AUTHORITY_FUNDED','IPS','OTHER'], pg_temp.hash01(n, 15)),
                   pg_temp.pick(array['SELF_REFERRAL','JOBCENTRE_PLUS','JOBCENTRE_PLUS','DISABILITY_EMPLOYMENT_ADVISER',
                                       'CAREERS_ADVISER','HEALTH_TEAM','HEALTH_TEAM','SOCIAL_WORK','COLLEGE'],
                                pg_temp.hash01(n, 16)),
                   referred, referred + 7, status <> 'REFERRED', case when status <> 'REFERRED' then referred + 5 end,
                   case when status <> 'REFERRED' then 'SUPPORT' else '' end,
                   case when sl < 0.6 then 'UNDER_7_HOURS' when sl < 0.9 then 'FROM_7_TO_40_HOURS' else 'OVER_40_HOURS' end,
                   status,
                   case when status = 'CLOSED' then pg_temp.pick(array['SUSTAINED_IN_WORK','SUSTAINED_IN_WORK','WITHDREW',
                        'MOVED_AWAY','NO_ENGAGEMENT','REFERRED_ELSEWHERE','OTHER'], pg_temp.hash01(n, 17)) end,
                   case when status = 'CLOSED' then least(current_date - 1, referred + 90 + (pg_temp.hash01(n, 18) * 630)::int) end,
                   stage, least(current_date, referred + 5 + stage_no * 30),
                   case when status = 'ACTIVE' then pg_temp.gid(2, org * 100 + w) end,
                   case when status <> 'CLOSED' then pg_temp.gid(3, org * 10 + 1 + (w - 1) / 6) end,
                   case when status = 'REFERRED' then referred end,
                   -- Parental status, the field every organisation has, for four clients in five.
                   case when pg_temp.hash01(n, 41) < 0.8 then jsonb_build_object('parental_status',
                        pg_temp.pick(array['Lone parent','Parent in a couple','Not a parent','Not a parent',
                                           'Prefer not to say'], pg_temp.hash01(n, 42))) else '{}' end
              from (
                select n, org, referred, a, sl, status, w,
                       case when status = 'REFERRED' then 0 else stage_no end stage_no,
                       (array['ENGAGEMENT','VOCATIONAL_PROFILING','EMPLOYER_ENGAGEMENT','JOB_MATCHING',
                                        'IN_WORK_SUPPORT'])[case when status = 'REFERRED' then 1 else stage_no + 1 end] stage
                  from (
                    select n, org, a, sl, w,
                           case when k > per_org - 33 then 'REFERRED'
                                when k > per_org - 33 - open_cases then 'ACTIVE' else 'CLOSED' end status,
                           -- newest clients are the open ones: numbered oldest first within the organisation
                           current_date - 2190 + (2185 * (k - 1) / per_org)::int referred,
                           least(4, floor(pg_temp.hash01(n, 19) * 5)::int) stage_no
                      from (
                        select n, org, k, per_org, pg_temp.hash01(n, 20) a, pg_temp.hash01(n, 21) sl,
                               -- open cases take workers 1-5, 7-11, 13-17, 19-23 (6, 12, 18, 24 lead the teams)
                               1 + (k %% 20) + (k %% 20) / 5 w, 400 open_cases
                          from (
                            select n, 1 + (n - 1) / per_org org, 1 + (n - 1) %% per_org k, per_org
                              from generate_series(%1$d::bigint, %2$d::bigint) n,
                                   (select ceil(%3$d::numeric / %4$d)::bigint per_org) p) numbered) scored) staged) c
            """;

    private static final String CLIENT_GROUPS = """
            insert into client_group (client_id, client_group)
            select id, g from (
              select c.id, pg_temp.pick(array['MENTAL_HEALTH_PROBLEM','MENTAL_HEALTH_PROBLEM','MENTAL_HEALTH_PROBLEM',
                       'LEARNING_DISABILITY','LEARNING_DISABILITY','PHYSICAL_OR_SENSORY_IMPAIRMENT','AUTISM',
                       'LONG_TERM_HEALTH_CONDITION','DRUG_OR_ALCOHOL_PROBLEM','HOMELESS'],
                       pg_temp.hash01(pg_temp.num(c.id), 30 + i)) g
                from client c, generate_series(1, 2) i
               where c.organisation_code like 'gen-%'
                 and (i = 1 or pg_temp.hash01(pg_temp.num(c.id), 29) < 0.3)) g
            on conflict do nothing
            """;

    // One move into each stage reached, a month apart, by the organisation's first worker.
    private static final String STAGE_MOVES = """
            insert into stage_move (id, organisation_code, client_id, from_stage, to_stage, moved_on, moved_by, reason)
            select gen_random_uuid(), c.organisation_code, c.id, s.stages[i], s.stages[i + 1],
                   least(current_date, c.referral_date + (i - 1) * 30), pg_temp.gid(2, substr(c.organisation_code, 5)::int * 100 + 1),
                   case when i = 1 then 'Referral taken' end
              from client c,
                   (select array[null, 'ENGAGEMENT','VOCATIONAL_PROFILING','EMPLOYER_ENGAGEMENT','JOB_MATCHING',
                                'IN_WORK_SUPPORT'] stages) s,
                   generate_series(1, 5) i
             where c.organisation_code like 'gen-%'
               and i <= 1 + array_position(s.stages, c.current_stage) - 2
            """;

    private static final String ASSIGNMENTS = """
            insert into assignment (id, organisation_code, client_id, to_worker_id, assigned_by, assigned_at)
            select gen_random_uuid(), c.organisation_code, c.id, c.worker_id,
                   pg_temp.gid(2, substr(c.organisation_code, 5)::int * 100 + 6), c.referral_date + 3
              from client c where c.organisation_code like 'gen-%' and c.worker_id is not null
            """;

    // 5 to 35 contacts a client (about 20), between referral and closure (or today).
    private static final String CONTACTS = """
            insert into contact (id, organisation_code, client_id, happened_at, channel, duration_minutes, stage, notes,
                                 recorded_by)
            select gen_random_uuid(), c.organisation_code, c.id,
                   (c.referral_date + (pg_temp.hash01(c.n * 64 + i, 40)
                                        * greatest(1, coalesce(c.closed_on, current_date) - c.referral_date))::int)
                     + time '09:00' + make_interval(mins => (pg_temp.hash01(c.n * 64 + i, 41) * 480)::int),
                   pg_temp.pick(array['FACE_TO_FACE','FACE_TO_FACE','PHONE','PHONE','TEXT','VIDEO'], pg_temp.hash01(c.n * 64 + i, 42)),
                   15 + (pg_temp.hash01(c.n * 64 + i, 43) * 75)::int, c.current_stage,
                   pg_temp.pick(array['Talked through the vocational profile and agreed next steps.',
                                       'Looked at vacancies together; two applications to send this week.',
                                       'Checked in by phone: feeling more confident about interviews.',
                                       'Met the employer to agree adjustments to the rota.',
                                       'Better off in work calculation done with the client.',
                                       'Reviewed the action plan; one goal met, one moved on a month.'],
                                pg_temp.hash01(c.n * 64 + i, 44)),
                   coalesce(c.worker_id, pg_temp.gid(2, substr(c.organisation_code, 5)::int * 100 + 1))
              from (select *, pg_temp.num(id) n from client
                     where id between pg_temp.gid(4, %1$d) and pg_temp.gid(4, %2$d)) c,
                   generate_series(1, 5 + (pg_temp.hash01(c.n, 45) * 31)::int) i
            """;

    private static final String ACTION_PLANS = """
            with goals as (
              insert into action_goal (id, organisation_code, client_id, goal, objectives, target_date, review_date, status)
              select gen_random_uuid(), c.organisation_code, c.id,
                     (array['Find part-time work in retail','Build confidence for interviews','Get a CSCS card'])[i],
                     'Agreed with the client', current_date + 30 * i, current_date + 7 * i, 'OPEN'
                from client c, generate_series(1, 2) i
               where c.organisation_code like 'gen-%' and c.status = 'ACTIVE' returning 1)
            insert into planned_contact (id, organisation_code, client_id, planned_for, channel, purpose, planned_by)
            select gen_random_uuid(), c.organisation_code, c.id,
                   current_date + 1 + (pg_temp.hash01(substr(c.reference, 2)::bigint, 50) * 13)::int + time '10:00',
                   'FACE_TO_FACE', 'Review the action plan', c.worker_id
              from client c where c.organisation_code like 'gen-%' and c.status = 'ACTIVE'
            """;

    // About 35% of clients past engagement get a job: 61% gained, 36% retained, 3% self-employed (NDTi national
    // averages); hours from 4 to 37; follow-ups at 4, 13, 26 and 52 weeks, answered when due.
    private static final String OUTCOMES = """
            with jobs as (
              insert into job_outcome (id, organisation_code, client_id, type, employer_id, job_title, sector, contract_type,
                                       start_date, hourly_pay, end_date, end_reason, recorded_by)
              select pg_temp.gid(7, n), organisation_code, id,
                     case when t < 0.61 then 'GAINED' when t < 0.97 then 'RETAINED' else 'SELF_EMPLOYED' end,
                     case when t < 0.97 then pg_temp.gid(6, substr(organisation_code, 5)::int * 100 + 1
                                                            + (pg_temp.hash01(n, 60) * 40)::int % 40) end,
                     pg_temp.pick(array['Retail assistant','Kitchen porter','Care assistant','Warehouse operative',
                                        'Administrator','Cleaner'], pg_temp.hash01(n, 61)),
                     pg_temp.pick(array['Retail','Hospitality','Care','Logistics','Office and administration'],
                                  pg_temp.hash01(n, 62)),
                     pg_temp.pick(array['PERMANENT','PERMANENT','FIXED_TERM','TEMPORARY','ZERO_HOURS'], pg_temp.hash01(n, 63)),
                     started, 13.00 + round((pg_temp.hash01(n, 64) * 6)::numeric, 2),
                     case when pg_temp.hash01(n, 65) < 0.25 and started + 120 < current_date then started + 120 end,
                     case when pg_temp.hash01(n, 65) < 0.25 and started + 120 < current_date then 'Contract ended' end,
                     coalesce(worker_id, pg_temp.gid(2, substr(organisation_code, 5)::int * 100 + 1))
                from (select c.*, substr(c.reference, 2)::bigint n, pg_temp.hash01(substr(c.reference, 2)::bigint, 66) t,
                             least(current_date, c.referral_date + 60 + (pg_temp.hash01(substr(c.reference, 2)::bigint, 67) * 200)::int) started
                        from client c
                       where c.organisation_code like 'gen-%' and c.current_stage <> 'ENGAGEMENT'
                         and pg_temp.hash01(substr(c.reference, 2)::bigint, 68) < 0.45) c
              returning id, organisation_code, start_date),
            hours as (
              insert into outcome_hours (id, organisation_code, job_outcome_id, effective_from, hours_per_week)
              select gen_random_uuid(), organisation_code, id, start_date,
                     4 + round((pg_temp.hash01(pg_temp.num(id), 70) * 33)::numeric, 1)
                from jobs returning 1)
            insert into follow_up (id, organisation_code, job_outcome_id, label, due_on, answer, checked_on)
            select gen_random_uuid(), j.organisation_code, j.id, f.label, j.start_date + f.weeks * 7,
                   case when j.start_date + f.weeks * 7 < current_date
                        then pg_temp.pick(array['IN_EMPLOYMENT','IN_EMPLOYMENT','IN_EMPLOYMENT','NOT_IN_EMPLOYMENT'],
                                          pg_temp.hash01(pg_temp.num(j.id), 71 + f.weeks)) end,
                   case when j.start_date + f.weeks * 7 < current_date then j.start_date + f.weeks * 7 end
              from jobs j, (values ('4 weeks', 4), ('13 weeks', 13), ('26 weeks', 26), ('52 weeks', 52)) f(label, weeks)
            """;

    // Each advisor keeps ten slots a week for the last year and the next four weeks; 70% of past ones were booked.
    private static final String ASSESSMENTS = """
            with slots as (
              insert into assessment_slot (id, organisation_code, advisor_id, starts_at, ends_at, place)
              select pg_temp.gid(8, o * 1000 + s), 'gen-' || lpad(o::text, 4, '0'), pg_temp.gid(2, o * 100 + 26),
                     date_trunc('week', now()) - interval '52 weeks' + (s / 10) * interval '1 week'
                       + ((s %% 10) / 2) * interval '1 day' + interval '9 hours' + (s %% 2) * interval '2 hours',
                     date_trunc('week', now()) - interval '52 weeks' + (s / 10) * interval '1 week'
                       + ((s %% 10) / 2) * interval '1 day' + interval '10 hours' + (s %% 2) * interval '2 hours',
                     'Wellbeing room'
                from (select substr(code, 5)::int o from organisation where code like 'gen-%%') orgs,
                     generate_series(0, 559) s
              returning id, organisation_code, starts_at)
            insert into booking (id, organisation_code, slot_id, client_id, status, booked_by)
            select gen_random_uuid(), s.organisation_code, s.id,
                   pg_temp.gid(4, (substr(s.organisation_code, 5)::int - 1) * %1$d::bigint
                                  + 1 + (pg_temp.hash01(pg_temp.num(s.id), 80) * (%1$d - 1))::bigint),
                   case when s.starts_at < now() then 'ATTENDED' else 'BOOKED' end,
                   pg_temp.gid(2, substr(s.organisation_code, 5)::int * 100 + 1)
              from slots s where pg_temp.hash01(pg_temp.num(s.id), 81) < 0.7
            """;
}
