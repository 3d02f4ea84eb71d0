package io.waymark.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.waymark.common.Problem;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every answer to a browser under /app shares: a refusal is an HTML page in plain words, never problem+json; a
 * form the CSRF check refused says so; the address of a form opened with GET (a reload after htmx showed a refused
 * form) leads back to the page the form is on; and a confirmation of what was saved is shown once.
 */
public class PageResponses {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String title, String detail, int status);
    }

    @ServerResponseFilter
    public void forBrowsers(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/app") && !path.startsWith("/app/")) {
            return;
        }
        int status = response.getStatus();
        if (status == 405 && HttpMethod.GET.equals(request.getMethod())) {
            response.setStatus(303);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, path.substring(0, path.lastIndexOf('/')));
            response.setEntity(null);
        } else if (response.getEntity() instanceof Problem problem) {
            html(response, Templates.error(titleOf(problem), problem.detail(), problem.status()));
        } else if (status == 400 && !response.hasEntity() && HttpMethod.POST.equals(request.getMethod())) {
            // quarkus-rest-csrf refuses a form with a missing or wrong token with a bare 400.
            html(response, Templates.error("The form could not be sent",
                    "This form had expired or did not come from a Waymark page (for example, you were signed out, or"
                            + " it was open in another tab for a long time). Nothing was saved. Go back, reload the page"
                            + " and send the form again.", status));
        } else if (status == 200 && request.getCookies().containsKey(Flash.COOKIE)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.cleared());
        }
    }

    private static String titleOf(Problem problem) {
        return switch (problem.status()) {
            case 400 -> "There is a problem with what was sent";
            case 401, 403 -> "You cannot do this";
            case 404 -> "Not found";
            case 409, 412, 422 -> "This could not be done";
            case 503 -> "Waymark is busy: try again in a moment";
            default -> "Something went wrong";
        };
    }

    private static void html(ContainerResponseContext response, TemplateInstance page) {
        response.setEntity(page.render(), new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
