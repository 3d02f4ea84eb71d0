package io.waymark.client;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientResourceTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aReferralStartsAtEngagementWithAGeneratedReference() {
        worker.request().body(aReferral().named("Calum", "Referred").build()).post("/api/v1/clients")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/clients/"))
                .header("ETag", "\"0\"")
                .body("reference", matchesPattern("NW-\\d{6}"))
                .body("status", equalTo("REFERRED"))
                .body("consentGiven", equalTo(false))
                .body("currentStage", equalTo("ENGAGEMENT"))
                .body("ageBand", equalTo("FROM_25_TO_49"))
                .body("clientGroups", containsInAnyOrder("MENTAL_HEALTH_PROBLEM"));
    }

    @Test
    void aReferralWithConsentIsActiveAtOnce() {
        worker.request().body(anActiveClient().build()).post("/api/v1/clients")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("consentGiven", equalTo(true));
    }

    @Test
    void missingRequiredFieldsAreEachNamedAndNothingIsSaved() {
        worker.request().body(aReferral().named("Nobody", "Saved").without("dateOfBirth").with("localAuthority", " ").build())
                .post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("dateOfBirth", "localAuthority"));
        worker.request().body(aReferral().without("lastName").build()).post("/api/v1/clients")
                .then().statusCode(400).body("errors.field", equalTo(List.of("lastName")));
        worker.request().get("/api/v1/clients?q=Nobody Saved").then().body("totalItems", equalTo(0));
    }

    @Test
    void anUnknownListValueIsNamedWithTheChoices() {
        worker.request().body(aReferral().with("gender", "ROBOT").build()).post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("gender"))
                .body("errors[0].message", containsString("WOMAN"));
        worker.request().body(aReferral().with("clientGroups", List.of("AUTISM", "ALIENS")).build())
                .post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("clientGroups[1]"));
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        worker.request().body("{\"firstName\": \"Ann\",").post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request body is not valid JSON"));
        worker.request().body(aReferral().with("dateOfBirth", "12/04/1985").build()).post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("dateOfBirth"));
    }

    @Test
    void aClientUnderSixteenAtReferralIsRefused() {
        worker.request().body(aReferral().bornOn(LocalDate.now().minusYears(15)).build()).post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("dateOfBirth"))
                .body("errors[0].message", containsString("at least 16"));
    }

    @Test
    void datesBeforeTheReferralAreRefused() {
        LocalDate referral = LocalDate.now().minusDays(10);
        worker.request().body(aReferral().referredOn(referral).consentedOn(referral.minusDays(1)).build())
                .post("/api/v1/clients").then().statusCode(400).body("errors[0].field", equalTo("consentDate"));
        worker.request().body(aReferral().referredOn(referral).with("programmeStartDate", referral.minusDays(3).toString()).build())
                .post("/api/v1/clients").then().statusCode(400).body("errors[0].field", equalTo("programmeStartDate"));
    }

    @Test
    void parallelReferralsEachGetTheirOwnReference() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = pool.invokeAll(IntStream.range(0, 8)
                    .<Callable<String>>mapToObj(i -> () -> worker.refer(aReferral().named("Parallel", "Referral" + i)))
                    .toList());
            Set<String> references = new HashSet<>();
            for (Future<String> id : ids) {
                references.add(worker.request().get("/api/v1/clients/{id}", id.get()).then().extract().path("reference"));
            }
            assertEquals(8, references.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReferenceIsUniqueWithinTheOrganisation() {
        String reference = "REF-" + UUID.randomUUID().toString().substring(0, 8);
        worker.refer(aReferral().reference(reference));
        worker.request().body(aReferral().reference(reference).build()).post("/api/v1/clients")
                .then().statusCode(409).body("errors[0].field", equalTo("reference"));
        // Another organisation may use the same reference for its own client.
        Api.as(Tokens.worker(Tokens.SOUTH)).refer(aReferral().reference(reference));
    }

    @Test
    void anUpdateBasedOnTheCurrentVersionIsSaved() {
        String id = worker.refer(aReferral().named("Una", "Before"));
        worker.request().header("If-Match", "\"0\"").body(aReferral().named("Una", "After").build())
                .put("/api/v1/clients/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("lastName", equalTo("After")).body("version", equalTo(1));
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefusedAndOverwritesNothing() {
        String id = worker.refer(aReferral().named("Ross", "Original"));
        worker.request().header("If-Match", "0").body(aReferral().named("Ross", "First edit").build())
                .put("/api/v1/clients/{id}", id).then().statusCode(200);

        worker.request().header("If-Match", "0").body(aReferral().named("Ross", "Stale edit").build())
                .put("/api/v1/clients/{id}", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("version"));
        worker.request().get("/api/v1/clients/{id}", id).then().body("lastName", equalTo("First edit"));
    }

    @Test
    void anUpdateMustSayWhichVersionItIsBasedOn() {
        String id = worker.refer(aReferral());
        worker.request().body(aReferral().build()).put("/api/v1/clients/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void givingConsentMakesAReferredClientActiveAndItCannotBeEditedAway() {
        String id = worker.refer(aReferral());
        LocalDate consent = LocalDate.now().minusDays(2);
        worker.request().header("If-Match", "0").body(aReferral().consentedOn(consent).build())
                .put("/api/v1/clients/{id}", id).then().statusCode(200).body("status", equalTo("ACTIVE"));
        worker.request().header("If-Match", "1").body(aReferral().build())
                .put("/api/v1/clients/{id}", id)
                .then().statusCode(409).body("errors[0].field", equalTo("consentDate"));
    }

    @Test
    void consentRecordsWhatTheClientAgreedToAndTakingPartIsAlwaysPartOfIt() {
        worker.request().body(anActiveClient().build()).post("/api/v1/clients")
                .then().statusCode(201).body("consentScope", equalTo(List.of("SUPPORT")))
                .body("consentWithdrawnOn", nullValue());
        worker.request().body(anActiveClient().with("consentScope", List.of("SHARE_WITH_EMPLOYERS", "SUPPORT")).build())
                .post("/api/v1/clients")
                .then().statusCode(201).body("consentScope", containsInAnyOrder("SUPPORT", "SHARE_WITH_EMPLOYERS"));

        worker.request().body(anActiveClient().named("Scope", "WithoutSupport").with("consentScope", List.of("SHARE_WITH_EMPLOYERS")).build())
                .post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("consentScope"));
        worker.request().body(aReferral().named("Scope", "WithoutDate").with("consentScope", List.of("SUPPORT")).build())
                .post("/api/v1/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("consentScope"));
        worker.request().get("/api/v1/clients?q=Scope").then().body("totalItems", equalTo(0));
    }

    @Test
    void withdrawingConsentRecordsTheDateAndClosesTheCaseOnce() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String id = worker.refer(anActiveClient().consentedOn(today.minusDays(20)));
        worker.request().body(Map.of("withdrawnOn", today.minusDays(21).toString()))
                .post("/api/v1/clients/{id}/consent-withdrawal", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("withdrawnOn"));

        worker.request().body(Map.of("withdrawnOn", today.minusDays(3).toString()))
                .post("/api/v1/clients/{id}/consent-withdrawal", id)
                .then().statusCode(200).body("consentWithdrawnOn", equalTo(today.minusDays(3).toString()))
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("WITHDREW"))
                .body("closedOn", equalTo(today.minusDays(3).toString()));
        worker.request().body(Map.of()).post("/api/v1/clients/{id}/consent-withdrawal", id)
                .then().statusCode(409).contentType("application/problem+json");

        String notConsented = worker.refer(aReferral());
        worker.request().body(Map.of()).post("/api/v1/clients/{id}/consent-withdrawal", notConsented)
                .then().statusCode(409);
        worker.request().get("/api/v1/clients/{id}", notConsented).then().body("status", equalTo("REFERRED"));
    }

    @Test
    void closingAClientRecordsWhyAndWhenAndHappensOnce() {
        String id = worker.refer(anActiveClient());
        worker.request().body(Map.of("reason", "MOVED_AWAY")).post("/api/v1/clients/{id}/closure", id)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closureReason", equalTo("MOVED_AWAY"))
                .body("closedOn", equalTo(LocalDate.now(ZoneId.of("Europe/London")).toString()));
        worker.request().body(Map.of("reason", "WITHDREW")).post("/api/v1/clients/{id}/closure", id)
                .then().statusCode(409);
        worker.request().body(Map.of()).post("/api/v1/clients/{id}/closure", id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void searchFindsByNameOrReferenceAndFilters() {
        String surname = "Searchable" + UUID.randomUUID().toString().substring(0, 6);
        String active = worker.refer(anActiveClient().named("Alba", surname));
        String referred = worker.refer(aReferral().named("Brodie", surname));
        String reference = worker.request().get("/api/v1/clients/{id}", referred).then().extract().path("reference");

        worker.request().get("/api/v1/clients?q=" + surname.toLowerCase())
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.firstName", containsInAnyOrder("Alba", "Brodie"));
        worker.request().get("/api/v1/clients?q=" + reference).then().body("items.id", equalTo(List.of(referred)));
        worker.request().get("/api/v1/clients?q=" + surname + "&status=active").then().body("items.id", equalTo(List.of(active)));
        worker.request().get("/api/v1/clients?q=" + surname + "&stage=ENGAGEMENT&sort=-firstName")
                .then().body("items.firstName", equalTo(List.of("Brodie", "Alba")));
        worker.request().get("/api/v1/clients?q=" + surname + "&size=1&page=1&sort=firstName")
                .then().body("items", hasSize(1)).body("totalPages", equalTo(2)).body("items.firstName", equalTo(List.of("Brodie")));
    }

    @Test
    void aPageOfClientsTakesTheSameFewStatementsWhateverItsSize() {
        for (int i = 0; i < 20; i++) {
            worker.refer(aReferral().named("Paged", "Client" + i));
        }
        long small = statementsFor("/api/v1/clients?q=paged&size=2");
        long large = statementsFor("/api/v1/clients?q=paged&size=20");
        assertEquals(small, large);
        assertTrue(large <= 3, "a page took " + large + " statements");
    }

    private long statementsFor(String url) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        worker.request().get(url).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void badSearchParametersAreNamed() {
        worker.request().get("/api/v1/clients?sort=dateOfBirth").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        worker.request().get("/api/v1/clients?stage=SPACE").then().statusCode(400).body("errors[0].field", equalTo("stage"));
        worker.request().get("/api/v1/clients?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        worker.request().get("/api/v1/clients?workerId=nobody").then().statusCode(400).body("errors[0].field", equalTo("workerId"));
    }

    @Test
    void anUnknownClientIsNotFound() {
        worker.request().get("/api/v1/clients/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"))
                .body("errors", nullValue());
    }
}
