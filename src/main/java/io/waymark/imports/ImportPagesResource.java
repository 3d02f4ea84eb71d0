package io.waymark.imports;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The import's pages, for administrators: the templates and the upload; then the batch, with its column matching, the
 * dry run's problems and the rows to fix, the import itself (with a progress bar), and the undo.
 */
@Path("/app/imports")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ImportPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(StaffView me, Map<String, String> errors, List<ImportView> recent,
                List<ImportKind> kinds);

        static native TemplateInstance batch(StaffView me, Map<String, String> errors, ImportView batch,
                List<ImportKind> kinds, Map<ImportKind, List<ImportField>> ownFields);

        static native TemplateInstance progress(UUID id, ImportProgress.Done done);
    }

    /** The upload form's fields by their labels. */
    static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>(Map.of("files", "Files", "workbook", "Workbook", "kind",
                "Files", "confirm", "Confirm", "version", "The import", "mapping", "Columns"));
        for (ImportKind kind : ImportKind.values()) {
            labels.put(kind.code(), kind.title + " file");
        }
        return Map.copyOf(labels);
    }

    private static final List<ImportKind> KINDS = List.of(ImportKind.values());

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ImportService imports;

    @GET
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public TemplateInstance list() {
        return Templates.imports(currentStaff.view(), Map.of(), imports.recent(), KINDS);
    }

    /** The templates, as on the API. */
    @GET
    @Path("template")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public Response template(@RestQuery String format, @RestQuery String kind) {
        return ImportTemplates.download(format, kind, imports.ownFields());
    }

    /** Uploads the files and shows the dry run. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<TemplateInstance> upload(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        try {
            // Each file input is named by its kind's code ("clients"), or "workbook".
            List<ImportService.Upload> uploads = new ArrayList<>();
            for (FileUpload file : files) {
                if (file.fileName() != null && !file.fileName().isBlank()) {
                    String part = file.name().equals("workbook") ? ImportFiles.Part.WORKBOOK
                            : ImportResource.kindOf(file.name()).name();
                    uploads.add(new ImportService.Upload(part, file.fileName(), file.uploadedFile()));
                }
            }
            ImportView view = imports.upload(uploads);
            return Forms.saved("/app/imports/" + view.id(), "Uploaded and checked: " + view.fileNames()
                    + ". Nothing is imported until you confirm below.");
        } catch (DomainException refused) {
            return Forms.refused(refused, Templates.imports(currentStaff.view(), Forms.errors(refused, LABELS),
                    imports.recent(), KINDS));
        }
    }

    @GET
    @Path("{id}")
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public TemplateInstance batch(@PathParam("id") UUID id) {
        return page(imports.get(id), Map.of());
    }

    /**
     * Matches the files' headings to other fields (each select is named after its kind and the heading's position)
     * and checks again.
     */
    @POST
    @Path("{id}/mapping")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<TemplateInstance> remap(@PathParam("id") UUID id,
            jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        return act(id, () -> {
            ImportView batch = imports.get(id);
            Map<ImportKind, Map<String, String>> mapping = new EnumMap<>(ImportKind.class);
            batch.mapping().forEach((kind, headings) -> {
                int i = 0;
                for (String heading : headings.keySet()) {
                    String field = value(form, kind.name() + "-" + i++);
                    if (field != null) {
                        mapping.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(heading, field);
                    }
                }
            });
            imports.remap(id, Params.version(value(form, "version")), mapping);
        }, "Columns matched and the files checked again");
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<TemplateInstance> confirm(@PathParam("id") UUID id, @RestForm String version,
            @RestForm String confirm) {
        return act(id, () -> {
            Forms.confirmed(confirm, "confirm", "import these records");
            imports.confirm(id, Params.version(version));
        }, "Imported. Every record is in the audit trail; the import can be undone from this page until someone"
                + " records something on top of it");
    }

    @POST
    @Path("{id}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<TemplateInstance> undo(@PathParam("id") UUID id, @RestForm String version,
            @RestForm String confirm) {
        return act(id, () -> {
            Forms.confirmed(confirm, "confirm", "remove everything this import made");
            imports.undo(id, Params.version(version));
        }, "Undone: everything the import made is removed, each removal in the audit trail");
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public RestResponse<TemplateInstance> discard(@PathParam("id") UUID id, @RestForm String version) {
        return act(id, () -> imports.discard(id, Params.version(version)), "Discarded: the files are removed and"
                + " nothing was imported");
    }

    /** The progress bar of a running import, polled by the page while it runs. */
    @GET
    @Path("{id}/progress")
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public TemplateInstance progress(@PathParam("id") UUID id) {
        imports.get(id);
        return Templates.progress(id, imports.progress(id));
    }

    @GET
    @Path("{id}/failed-rows")
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.IMPORT_RECORDS)
    public Response failedRows(@PathParam("id") UUID id, @RestQuery String kind, @RestQuery String format) {
        try {
            Spreadsheet.Format as = Spreadsheet.Format.of("format", format);
            ImportRows rows = imports.failedRows(id, ImportResource.kindOf(kind));
            return Spreadsheet.download(as, rows.name.toLowerCase().replace(' ', '-'), rows.columns(), rows.rows());
        } catch (DomainException refused) {
            return Forms.refused(refused, page(imports.get(id), Forms.errors(refused, LABELS))).toResponse();
        }
    }

    private RestResponse<TemplateInstance> act(UUID id, Runnable change, String saved) {
        try {
            change.run();
            return Forms.saved("/app/imports/" + id, saved);
        } catch (DomainException refused) {
            return Forms.refused(refused, page(imports.get(id), Forms.errors(refused, LABELS)));
        }
    }

    private TemplateInstance page(ImportView batch, Map<String, String> errors) {
        return Templates.batch(currentStaff.view(), errors, batch, KINDS, imports.ownFields());
    }

    private static String value(jakarta.ws.rs.core.MultivaluedMap<String, String> form, String name) {
        return form.getFirst(name);
    }
}
