package io.waymark.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Failures the mapper must name rather than answer 500. Seen under the benchmark's 50 users finding clients: every
 * pooled connection was busy, the pool's timeout came as an exception with no SQLState, and the mapper itself failed
 * on it (a 500, and Quarkus' own error line with the search words, a name, in the log).
 */
class ProblemMapperTest {

    @Test
    void aPoolWithNoConnectionToSpareIsA503ToTryAgain() {
        Response answer = new ProblemMapper().unexpected(new PersistenceException("could not prepare statement",
                new SQLException("Sorry, acquisition timeout!")));
        assertEquals(503, answer.getStatus());
        assertEquals("5", answer.getHeaderString("Retry-After"));
    }

    @Test
    void aDatabaseErrorWithNoSqlStateIsAnIncidentNotAFailureOfTheMapper() {
        Response answer = new ProblemMapper().unexpected(new SQLException("no state"));
        assertEquals(500, answer.getStatus());
    }
}
