package io.waymark.imports;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Importing a provider's existing records (docs/import.md): upload the files (a dry run answers), change the column
 * matching if needed, confirm, and undo if it was a mistake. Administrators only.
 */
@Path("/api/v1/imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    /** The organisation's latest 20 imports, newest first. */
    @GET
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public List<ImportView> recent() {
        return imports.recent();
    }

    /**
     * A file to fill in: {@code format=xlsx}, a workbook with a sheet for each kind and one saying what each column
     * takes; {@code format=csv} with {@code kind} (employers, clients, stage_moves, jobs, follow_ups, goals or contacts),
     * that kind's headings.
     */
    @GET
    @Path("template")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public Response template(@QueryParam("format") String format, @QueryParam("kind") String kind) {
        return ImportTemplates.download(format, kind, imports.ownFields());
    }

    /**
     * Uploads a file and runs the dry run: an Excel workbook with a sheet for each kind, or (with {@code kind}:
     * a kind's code, such as clients) one kind's CSV file or workbook. More files join the batch by
     * {@code PUT /api/v1/imports/{id}/files/{kind}}. Nothing but the batch is saved.
     */
    @POST
    @Consumes({"text/csv", XLSX})
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<ImportView> upload(@QueryParam("kind") String kind, @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Type") String type, java.nio.file.Path body) {
        ImportView view;
        try {
            view = imports.upload(List.of(uploadOf(kind == null ? null : kindOf(kind), fileName, type, body)));
        } finally {
            ImportFiles.delete(body);
        }
        return withVersion(RestResponse.ResponseBuilder.created(URI.create("/api/v1/imports/" + view.id())), view);
    }

    /** Adds one kind's file to a checked batch (or replaces it), and checks the batch again. */
    @PUT
    @Path("{id}/files/{kind}")
    @Consumes({"text/csv", XLSX})
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<ImportView> addFile(@PathParam("id") UUID id, @PathParam("kind") String kind,
            @QueryParam("fileName") String fileName, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Content-Type") String type, java.nio.file.Path body) {
        try {
            return withVersion(RestResponse.ResponseBuilder.ok(),
                    imports.add(id, Params.version(ifMatch), uploadOf(kindOf(kind), fileName, type, body)));
        } finally {
            ImportFiles.delete(body);
        }
    }

    private static final String XLSX = Spreadsheet.XLSX;

    /** The file as a part of the batch; its name, when not given, says its format. */
    private static ImportService.Upload uploadOf(ImportKind kind, String fileName, String type, java.nio.file.Path body) {
        boolean workbook = type != null && type.startsWith(XLSX);
        String name = fileName != null && !fileName.isBlank() ? fileName
                : (kind == null ? "workbook" : kind.title.toLowerCase()) + (workbook ? ".xlsx" : ".csv");
        return new ImportService.Upload(kind == null ? ImportFiles.Part.WORKBOOK : kind.name(), name, body);
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<ImportView> get(@PathParam("id") UUID id) {
        return withVersion(RestResponse.ResponseBuilder.ok(), imports.get(id));
    }

    /** Matches the files' headings to other fields (per kind, heading to field; "" leaves a column out), checked again. */
    @PUT
    @Path("{id}/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<ImportView> remap(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull Map<ImportKind, Map<String, String>> mapping) {
        return withVersion(RestResponse.ResponseBuilder.ok(), imports.remap(id, Params.version(ifMatch), mapping));
    }

    /** Imports a clean batch, all or nothing: 409 naming the first problem when a row is refused. */
    @POST
    @Path("{id}/confirmation")
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<ImportView> confirm(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withVersion(RestResponse.ResponseBuilder.ok(), imports.confirm(id, Params.version(ifMatch)));
    }

    /** Removes everything the import made, while nothing has been recorded on top of it. */
    @POST
    @Path("{id}/undo")
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<ImportView> undo(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withVersion(RestResponse.ResponseBuilder.ok(), imports.undo(id, Params.version(ifMatch)));
    }

    /** Drops a checked batch and its files. */
    @DELETE
    @Path("{id}")
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<ImportView> discard(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withVersion(RestResponse.ResponseBuilder.ok(), imports.discard(id, Params.version(ifMatch)));
    }

    /** How far a running import has got. */
    @GET
    @Path("{id}/progress")
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public ImportProgress.Done progress(@PathParam("id") UUID id) {
        imports.get(id);
        return imports.progress(id);
    }

    /** The rows of one kind with problems, in the file's columns and a last column of what to fix. */
    @GET
    @Path("{id}/failed-rows")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public Response failedRows(@PathParam("id") UUID id, @QueryParam("kind") String kind,
            @QueryParam("format") String format) {
        Spreadsheet.Format as = Spreadsheet.Format.of("format", format);
        ImportRows rows = imports.failedRows(id, kindOf(kind));
        return Spreadsheet.download(as, rows.name.toLowerCase().replace(' ', '-'), rows.columns(), rows.rows());
    }

    /** The kind a request names: by its code ({@code stage_moves}) or its file's title ("Stage moves"), case ignored. */
    static ImportKind kindOf(String kind) {
        String wanted = kind == null ? "" : kind.strip().replaceAll("[\\s-]+", "_");
        return Arrays.stream(ImportKind.values())
                .filter(k -> k.code().equalsIgnoreCase(wanted) || k.title.replace(' ', '_').equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new InvalidInput("kind", "must be one of " + String.join(", ",
                        Arrays.stream(ImportKind.values()).map(ImportKind::code).toList())));
    }

    private static RestResponse<ImportView> withVersion(RestResponse.ResponseBuilder<ImportView> response,
            ImportView view) {
        return response.entity(view).tag(new EntityTag(Integer.toString(view.version()))).build();
    }
}
