package io.waymark.report;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The API document's schema of a report {@link Figure} as its JSON is written: a number, {@code "<5"},
 * {@code "suppressed"} or null. Scanning the record would describe its Java fields instead, and every generated client
 * would mistype every figure; ReportSchemaTest validates real report answers against the document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FigureSchema implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Figure")) {
            return;
        }
        Schema figure = OASFactory.createSchema()
                .description("A number; \"" + Figure.SMALL_COUNT + "\" for a count of 1 to 4 hidden from a commissioner; \""
                        + Figure.SUPPRESSED + "\" for a figure worked out from one; null when there is nothing to count")
                .anyOf(List.of(OASFactory.createSchema().addType(SchemaType.NUMBER),
                        OASFactory.createSchema().addType(SchemaType.STRING)
                                .enumeration(List.of(Figure.SMALL_COUNT, Figure.SUPPRESSED)),
                        OASFactory.createSchema().addType(SchemaType.NULL)));
        openAPI.getComponents().addSchema("Figure", figure);
    }
}
