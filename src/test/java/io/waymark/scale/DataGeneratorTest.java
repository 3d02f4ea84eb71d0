package io.waymark.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator at its smallest (two providers, a thousand clients) in a database of its own, checked against the
 * rules the service enforces and the shape docs/performance.md promises, so that a new migration cannot quietly break
 * it. The generator turns constraint triggers off for speed, so its consistency is checked here instead.
 */
class DataGeneratorTest {

    private static EmbeddedPostgres postgres;
    private static String url;

    @BeforeAll
    static void generate() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        url = postgres.getJdbcUrl("postgres", "postgres");
        DataGenerator.run(url, "postgres", "postgres", 0.001);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theSmallestScaleIsTwoProvidersOfFiveHundredClients() throws SQLException {
        assertEquals(2, count("select count(*) from organisation"));
        assertEquals(52, count("select count(*) from staff"), "4 teams of 5 and a lead, an admin and an advisor each");
        assertEquals(1000, count("select count(*) from client"));
        assertEquals(800, count("select count(*) from client where status = 'ACTIVE'"));
        assertEquals(66, count("select count(*) from client where status = 'REFERRED' and worker_id is null"));
    }

    @Test
    void noWorkerIsOverTheCaseloadLimit() throws SQLException {
        assertEquals(20, count("""
                select max(n) from (select count(*) n from client c join staff s on s.id = c.worker_id
                 where c.status <> 'CLOSED' and s.organisation_code = c.organisation_code and s.team_role = 'WORKER'
                 group by c.worker_id) caseloads"""));
        assertEquals(0, count("""
                select count(*) from client c join organisation o on o.code = c.organisation_code
                 where c.status <> 'CLOSED' and c.worker_id is not null and o.default_caseload_limit
                       < (select count(*) from client x where x.worker_id = c.worker_id and x.status <> 'CLOSED')"""));
    }

    @Test
    void everyClientHasAMoveIntoEachStageReachedAndContactsWhileSupported() throws SQLException {
        assertEquals(0, count("""
                select count(*) from client c
                 where (select count(*) from stage_move m where m.client_id = c.id)
                       <> array_position(array['ENGAGEMENT','VOCATIONAL_PROFILING','EMPLOYER_ENGAGEMENT','JOB_MATCHING',
                                               'IN_WORK_SUPPORT'], c.current_stage)"""));
        assertEquals(0, count("""
                select count(*) from client c
                 where (select count(*) from contact t where t.client_id = c.id) not between 5 and 36"""));
        assertEquals(0, count("""
                select count(*) from contact t join client c on c.id = t.client_id
                 where t.happened_at::date < c.referral_date or t.happened_at::date > coalesce(c.closed_on, current_date)"""));
    }

    @Test
    void jobsHaveHoursAndFourFollowUpsAndEveryReferenceLeadsSomewhere() throws SQLException {
        assertTrue(count("select count(*) from job_outcome") > 100);
        assertEquals(0, count("select count(*) from job_outcome o where not exists (select 1 from outcome_hours h where h.job_outcome_id = o.id)"));
        assertEquals(0, count("select count(*) from job_outcome o where (select count(*) from follow_up f where f.job_outcome_id = o.id) <> 4"));
        assertEquals(0, count("""
                select count(*) from contact t left join staff s on s.id = t.recorded_by left join client c on c.id = t.client_id
                 where s.id is null or c.id is null or s.organisation_code <> t.organisation_code"""));
        assertEquals(0, count("""
                select count(*) from job_outcome o left join employer e on e.id = o.employer_id
                 where o.type <> 'SELF_EMPLOYED' and (e.id is null or e.organisation_code <> o.organisation_code)"""));
        assertEquals(0, count("""
                select count(*) from booking b left join client c on c.id = b.client_id
                 where c.id is null or c.organisation_code <> b.organisation_code"""));
    }

    @Test
    void aDatabaseThatAlreadyHoldsGeneratedDataIsLeftAlone() throws SQLException {
        assertThrows(IllegalStateException.class, () -> DataGenerator.run(url, "postgres", "postgres", 0.001));
        assertEquals(1000, count("select count(*) from client"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
