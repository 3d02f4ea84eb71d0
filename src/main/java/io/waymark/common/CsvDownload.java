package io.waymark.common;

import org.jboss.resteasy.reactive.RestResponse;

/** A CSV file the browser saves under a given name. */
public final class CsvDownload {

    public static final String MEDIA_TYPE = "text/csv";

    private CsvDownload() {
    }

    public static RestResponse<String> of(String body, String fileName) {
        return RestResponse.ResponseBuilder.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
