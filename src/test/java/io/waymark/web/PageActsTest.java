package io.waymark.web;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.aReferral;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every act the pages offer, tried by every role on the page and through the API: the page refuses exactly whom the
 * API refuses (one rule, {@code security.Act}), and answers a browser in HTML, never JSON. (In the test profile the
 * pages take the same bearer tokens as the API, so no browser is needed for this.)
 */
@QuarkusTest
class PageActsTest {

    /** An act: the page's form (POST) or page (GET), and the API's call for the same thing. */
    record PageAct(String name, String method, String page, String apiMethod, String api, boolean sendsAFile) {

        PageAct(String name, String method, String page, String apiMethod, String api) {
            this(name, method, page, apiMethod, api, false);
        }
    }

    static final String ID = UUID.randomUUID().toString();

    static final List<PageAct> ACTS = List.of(
            post("refer a client", "/app/clients/new", "POST", "/api/v1/clients"),
            post("edit a client's details", "/app/clients/" + ID + "/details", "PUT", "/api/v1/clients/" + ID),
            post("close a case", "/app/clients/" + ID + "/closure", "POST", "/api/v1/clients/" + ID + "/closure"),
            post("record a contact", "/app/clients/" + ID + "/contacts", "POST", "/api/v1/clients/" + ID + "/contacts"),
            post("plan a contact", "/app/clients/" + ID + "/planned-contacts", "POST",
                    "/api/v1/clients/" + ID + "/contacts/planned"),
            post("move a stage", "/app/clients/" + ID + "/stage-moves", "POST", "/api/v1/clients/" + ID + "/stage-moves"),
            post("add a goal", "/app/clients/" + ID + "/goals", "POST", "/api/v1/clients/" + ID + "/action-plan"),
            post("record a job", "/app/clients/" + ID + "/outcomes", "POST", "/api/v1/clients/" + ID + "/outcomes"),
            post("answer a sustainment check", "/app/clients/" + ID + "/outcomes/" + ID + "/follow-ups/" + ID, "POST",
                    "/api/v1/clients/" + ID + "/outcomes/" + ID + "/follow-ups/" + ID + "/answer"),
            post("correct a job", "/app/clients/" + ID + "/jobs/" + ID, "PUT", "/api/v1/clients/" + ID + "/outcomes/" + ID),
            post("end a job", "/app/clients/" + ID + "/jobs/" + ID + "/end", "POST",
                    "/api/v1/clients/" + ID + "/outcomes/" + ID + "/end"),
            post("remove a job recorded in error", "/app/clients/" + ID + "/jobs/" + ID + "/removal", "DELETE",
                    "/api/v1/clients/" + ID + "/outcomes/" + ID),
            post("correct a sustainment check's answer", "/app/clients/" + ID + "/jobs/" + ID + "/follow-ups/" + ID, "PUT",
                    "/api/v1/clients/" + ID + "/outcomes/" + ID + "/follow-ups/" + ID + "/answer"),
            post("add an employer", "/app/employers", "POST", "/api/v1/employers"),
            post("note an engagement with an employer", "/app/employers/" + ID + "/engagements", "POST",
                    "/api/v1/employers/" + ID + "/engagements"),
            post("add an opportunity", "/app/employers/" + ID + "/opportunities", "POST",
                    "/api/v1/employers/" + ID + "/opportunities"),
            post("propose a client for an opportunity", "/app/job-matches", "POST",
                    "/api/v1/clients/" + ID + "/job-matches"),
            post("move a job match along", "/app/job-matches/" + ID + "/" + ID + "/steps", "POST",
                    "/api/v1/clients/" + ID + "/job-matches/" + ID + "/steps"),
            post("assign a client", "/app/clients/" + ID + "/assignment", "POST", "/api/v1/clients/" + ID + "/assignments"),
            post("assign from the waiting list", "/app/team/waiting-list/" + ID + "/assignment", "POST",
                    "/api/v1/clients/" + ID + "/assignments"),
            post("book an assessment", "/app/clients/" + ID + "/bookings", "POST", "/api/v1/bookings"),
            post("merge records", "/app/clients/" + ID + "/merges", "POST", "/api/v1/clients/" + ID + "/merges"),
            post("withdraw consent", "/app/clients/" + ID + "/consent-withdrawal", "POST",
                    "/api/v1/clients/" + ID + "/consent-withdrawal"),
            post("erase a record", "/app/clients/" + ID + "/erasure", "POST", "/api/v1/clients/" + ID + "/erasure"),
            post("publish a slot", "/app/diary/slots", "POST", "/api/v1/assessment-slots"),
            post("publish a weekly series of slots", "/app/diary/series", "POST", "/api/v1/assessment-slots/weekly"),
            post("take back an attendance", "/app/diary/bookings/" + ID + "/attendance/undo", "DELETE",
                    "/api/v1/bookings/" + ID + "/attendance"),
            post("move a booking", "/app/clients/" + ID + "/bookings/" + ID + "/move", "POST",
                    "/api/v1/bookings/" + ID + "/rebooking"),
            post("cancel a booking", "/app/clients/" + ID + "/bookings/" + ID + "/cancellation", "POST",
                    "/api/v1/bookings/" + ID + "/cancellation"),
            post("record attendance", "/app/diary/bookings/" + ID + "/attendance", "POST",
                    "/api/v1/bookings/" + ID + "/attendance"),
            post("record an assessment", "/app/diary/bookings/" + ID + "/assessment", "POST",
                    "/api/v1/bookings/" + ID + "/assessment"),
            post("create a team", "/app/admin/teams", "POST", "/api/v1/teams"),
            post("place staff in a team", "/app/admin/staff/" + ID, "PUT", "/api/v1/teams/" + ID + "/members/" + ID),
            post("set a worker's limit", "/app/admin/staff/" + ID, "PUT", "/api/v1/caseloads/limits/" + ID),
            post("set the default limit", "/app/admin/default-limit", "PUT", "/api/v1/caseloads/default-limit"),
            post("enter a cost", "/app/reports/costs", "POST", "/api/v1/service-costs"),
            post("remove a cost", "/app/reports/costs/" + ID + "/removal", "DELETE", "/api/v1/service-costs/" + ID),
            post("share figures with a funder", "/app/reports/funders", "PUT", "/api/v1/funders/a-funder"),
            post("stop sharing with a funder", "/app/reports/funders/a-funder/removal", "DELETE", "/api/v1/funders/a-funder"),
            post("share a programme with its national lead", "/app/reports/national-sharing/LOCAL_AUTHORITY_FUNDED", "PUT",
                    "/api/v1/national-sharing/LOCAL_AUTHORITY_FUNDED"),
            post("stop sharing a programme nationally", "/app/reports/national-sharing/LOCAL_AUTHORITY_FUNDED/removal",
                    "DELETE", "/api/v1/national-sharing/LOCAL_AUTHORITY_FUNDED"),
            post("copy an outcome definition", "/app/outcome-definitions/" + ID + "/copies", "POST",
                    "/api/v1/outcome-definitions/" + ID + "/copies"),
            post("change an outcome definition", "/app/outcome-definitions/" + ID, "PUT",
                    "/api/v1/outcome-definitions/" + ID),
            post("delete an outcome definition", "/app/outcome-definitions/" + ID + "/removal", "DELETE",
                    "/api/v1/outcome-definitions/" + ID),
            post("record a fidelity review", "/app/fidelity", "POST", "/api/v1/fidelity-reviews"),
            get("see the team's caseloads", "/app/team", "/api/v1/caseloads/teams/" + ID),
            get("see the reports", "/app/reports", "/api/v1/reports/outcomes"),
            get("download the quarterly return", "/app/reports/quarterly-return?quarter=2026-Q1",
                    "/api/v1/reports/quarterly-return?quarter=2026-Q1"),
            get("read the audit trail", "/app/audit", "/api/v1/audit-events"),
            get("download the audit trail", "/app/audit/export?format=csv&actor=nobody",
                    "/api/v1/audit-events/export?format=csv&actor=nobody"),
            get("export what is held about a client", "/app/clients/" + ID + "/subject-access",
                    "/api/v1/clients/" + ID + "/subject-access"),
            get("see the services a funder funds", "/app/funded-services", "/api/v1/funded-services"),
            get("see a programme's national report", "/app/national?quarter=2025-Q3",
                    "/api/v1/national/outcomes?quarter=2025-Q3"),
            get("see the fidelity reviews", "/app/fidelity?teamId=" + ID, "/api/v1/fidelity-reviews?teamId=" + ID),
            get("see my caseload", "/app/today", "/api/v1/caseloads/mine"),
            get("see the employers", "/app/employers", "/api/v1/employers"),
            get("download the employers list", "/app/employers/export?format=csv", "/api/v1/employers/export?format=csv"),
            get("see an employer", "/app/employers/" + ID, "/api/v1/employers/" + ID),
            new PageAct("see the job matches board", "GET", "/app/job-matches", "POST", "/api/v1/clients/" + ID + "/job-matches"),
            get("find a client", "/app/clients?q=someone", "/api/v1/clients?q=someone"),
            get("download the client list", "/app/clients/export?format=csv&q=someone",
                    "/api/v1/clients/export?format=csv&q=someone"),
            get("see the imports", "/app/imports", "/api/v1/imports"),
            get("download an import template", "/app/imports/template?format=csv&kind=clients",
                    "/api/v1/imports/template?format=csv&kind=clients"),
            get("see an import", "/app/imports/" + ID, "/api/v1/imports/" + ID),
            post("confirm an import", "/app/imports/" + ID + "/confirmation", "POST",
                    "/api/v1/imports/" + ID + "/confirmation"),
            post("undo an import", "/app/imports/" + ID + "/undo", "POST", "/api/v1/imports/" + ID + "/undo"),
            post("discard an import", "/app/imports/" + ID + "/discard", "DELETE", "/api/v1/imports/" + ID),
            new PageAct("open a client's details to edit", "GET", "/app/clients/" + ID + "/details", "PUT",
                    "/api/v1/clients/" + ID),
            get("see a job", "/app/clients/" + ID + "/jobs/" + ID, "/api/v1/clients/" + ID + "/outcomes/" + ID),
            get("download my caseload", "/app/today/caseload/export?format=csv",
                    "/api/v1/caseloads/mine/export?format=csv"),
            get("download my checks due", "/app/today/follow-ups/export?format=csv",
                    "/api/v1/follow-ups/due/export?format=csv"),
            get("download a client's contacts", "/app/clients/" + ID + "/contacts/export?format=csv",
                    "/api/v1/clients/" + ID + "/contacts/export?format=csv"),
            get("download a client's jobs", "/app/clients/" + ID + "/outcomes/export?format=csv",
                    "/api/v1/clients/" + ID + "/outcomes/export?format=csv"),
            post("add one of your fields", "/app/fields", "POST", "/api/v1/custom-fields"),
            post("change one of your fields", "/app/fields/" + ID, "PUT", "/api/v1/custom-fields/" + ID),
            post("retire one of your fields", "/app/fields/" + ID + "/retirement", "POST",
                    "/api/v1/custom-fields/" + ID + "/retirement"),
            get("see one of your lists", "/app/lists/programmes", "/api/v1/lists/programmes"),
            post("add to one of your lists", "/app/lists/programmes", "POST", "/api/v1/lists/programmes"),
            post("change a value of your lists", "/app/lists/programmes/" + ID, "PUT",
                    "/api/v1/lists/programmes/" + ID),
            post("retire a value of your lists", "/app/lists/programmes/" + ID + "/retirement", "POST",
                    "/api/v1/lists/programmes/" + ID + "/retirement"),
            post("offer a value again", "/app/lists/programmes/" + ID + "/reinstatement", "DELETE",
                    "/api/v1/lists/programmes/" + ID + "/retirement"),
            post("save the ways to message a client", "/app/clients/" + ID + "/message-consent", "PUT",
                    "/api/v1/clients/" + ID + "/message-consent"),
            get("see the emails I get", "/app/emails", "/api/v1/me/notices"),
            post("choose the emails I get", "/app/emails", "PUT", "/api/v1/me/notices"),
            get("see the referrals to review", "/app/referrals", "/api/v1/referrals"),
            get("see a referral", "/app/referrals/" + ID, "/api/v1/referrals/" + ID),
            post("accept a referral", "/app/referrals/" + ID + "/acceptance", "POST",
                    "/api/v1/referrals/" + ID + "/acceptance"),
            post("decline a referral", "/app/referrals/" + ID + "/decline", "POST", "/api/v1/referrals/" + ID + "/decline"),
            get("see the referral forms", "/app/referral-forms", "/api/v1/referral-settings"),
            post("change the referral settings", "/app/referral-forms/settings", "PUT", "/api/v1/referral-settings"),
            post("make a partner's link", "/app/referral-forms/links", "POST", "/api/v1/referral-links"),
            post("revoke a partner's link", "/app/referral-forms/links/" + ID + "/revocation", "POST",
                    "/api/v1/referral-links/" + ID + "/revocation"),
            get("see the messages to clients", "/app/message-templates", "/api/v1/message-templates"),
            get("see a message's wording", "/app/message-templates/BOOKING_CONFIRMATION",
                    "/api/v1/message-templates/BOOKING_CONFIRMATION"),
            post("word a message", "/app/message-templates/BOOKING_CONFIRMATION", "PUT",
                    "/api/v1/message-templates/BOOKING_CONFIRMATION"),
            post("use the standard wording again", "/app/message-templates/BOOKING_CONFIRMATION/standard", "DELETE",
                    "/api/v1/message-templates/BOOKING_CONFIRMATION"),
            post("record a progression", "/app/clients/" + ID + "/progressions", "POST",
                    "/api/v1/clients/" + ID + "/progressions"),
            post("record a self-assessment", "/app/clients/" + ID + "/self-assessments", "POST",
                    "/api/v1/clients/" + ID + "/self-assessments"),
            post("remove a progression", "/app/clients/" + ID + "/progressions/" + ID + "/removal", "DELETE",
                    "/api/v1/clients/" + ID + "/progressions/" + ID),
            get("see a vocational profile", "/app/clients/" + ID + "/vocational-profile",
                    "/api/v1/clients/" + ID + "/vocational-profile"),
            post("save a vocational profile", "/app/clients/" + ID + "/vocational-profile", "PUT",
                    "/api/v1/clients/" + ID + "/vocational-profile"),
            post("keep a profile's PDF", "/app/clients/" + ID + "/vocational-profile/document", "POST",
                    "/api/v1/clients/" + ID + "/vocational-profile/document"),
            get("download a document's file", "/app/documents/" + ID + "/files/1", "/api/v1/documents/" + ID + "/files/1"),
            withAFile(post("attach a document", "/app/clients/" + ID + "/documents", "POST",
                    "/api/v1/clients/" + ID + "/documents")),
            withAFile(post("replace a document's file", "/app/clients/" + ID + "/documents/" + ID + "/files", "POST",
                    "/api/v1/documents/" + ID + "/files")),
            post("remove a document", "/app/clients/" + ID + "/documents/" + ID + "/removal", "DELETE",
                    "/api/v1/documents/" + ID));

    private static final Map<String, String> ROLES = Map.of(
            "worker", Tokens.worker(Tokens.NORTH), "team lead", Tokens.teamLead(Tokens.NORTH),
            "advisor", Tokens.advisor(Tokens.NORTH), "admin", Tokens.admin(Tokens.NORTH),
            "commissioner", Tokens.commissioner("page-acts-funder"),
            "national commissioner", Tokens.nationalCommissioner("IPS"));

    private static PageAct post(String name, String page, String apiMethod, String api) {
        return new PageAct(name, "POST", page, apiMethod, api, false);
    }

    private static PageAct get(String name, String page, String api) {
        return new PageAct(name, "GET", page, "GET", api, false);
    }

    /** A form that sends a file (multipart on the page, the file as the body of the API's call). */
    private static PageAct withAFile(PageAct act) {
        return new PageAct(act.name(), act.method(), act.page(), act.apiMethod(), act.api(), true);
    }

    @Test
    void everyPageActRefusesExactlyWhomTheApiRefuses() {
        String csrf = csrfToken();
        List<String> differences = new ArrayList<>();
        int refused = 0;
        for (PageAct act : ACTS) {
            for (Map.Entry<String, String> role : ROLES.entrySet()) {
                Response page = act.method().equals("GET")
                        ? given().auth().oauth2(role.getValue()).redirects().follow(false).get(act.page())
                        : act.sendsAFile()
                        ? given().auth().oauth2(role.getValue()).redirects().follow(false).cookie("csrf-token", csrf)
                                .multiPart("csrf-token", csrf).multiPart("file", "a.txt", "words".getBytes(),
                                        "text/plain").post(act.page())
                        : given().auth().oauth2(role.getValue()).redirects().follow(false).cookie("csrf-token", csrf)
                                .contentType(ContentType.URLENC).formParam("csrf-token", csrf).post(act.page());
                Response api = act.sendsAFile()
                        ? given().auth().oauth2(role.getValue()).contentType("application/octet-stream")
                                .body("words".getBytes()).request(act.apiMethod(), act.api())
                        : given().auth().oauth2(role.getValue()).contentType(ContentType.JSON).body("{}")
                                .request(act.apiMethod(), act.api());
                assertFalse(String.valueOf(page.contentType()).contains("json"),
                        act.name() + " as " + role.getKey() + " answered the page with " + page.contentType());
                if ((page.statusCode() == 403) != (api.statusCode() == 403)) {
                    differences.add(act.name() + " as " + role.getKey() + ": page " + page.statusCode() + ", API "
                            + api.statusCode());
                }
                if (page.statusCode() >= 500 || api.statusCode() >= 500) {
                    differences.add(act.name() + " as " + role.getKey() + " failed: page " + page.statusCode() + ", API "
                            + api.statusCode());
                }
                refused += page.statusCode() == 403 ? 1 : 0;
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(refused > ACTS.size(), "some roles must be refused: " + refused);
    }

    /** Seen in a browser: an administrator's stage move from the page was saved though the API refuses it. */
    @Test
    void anAdministratorCannotMoveAStageOnThePage() {
        String client = Api.as(Tokens.worker(Tokens.NORTH)).refer(aReferral());
        String csrf = csrfToken();
        given().auth().oauth2(Tokens.admin(Tokens.NORTH)).redirects().follow(false).cookie("csrf-token", csrf)
                .contentType(ContentType.URLENC).formParam("csrf-token", csrf).formParam("toStage", "JOB_MATCHING")
                .formParam("reason", "an old reason").post("/app/clients/" + client + "/stage-moves")
                .then().statusCode(403).contentType(startsWith("text/html")).body(containsString("You cannot do this"));
        Api.as(Tokens.worker(Tokens.NORTH)).request().get("/api/v1/clients/{id}/stage-moves", client)
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(1));
    }

    /** The token the pages' CSRF filter hands a browser with its first page. */
    static String csrfToken() {
        return given().auth().oauth2(Tokens.worker(Tokens.NORTH)).redirects().follow(false).get("/app/clients/new")
                .then().statusCode(200).extract().cookie("csrf-token");
    }
}
