package io.waymark.message;

import static io.waymark.message.Placeholder.ADVISOR;
import static io.waymark.message.Placeholder.HOW;
import static io.waymark.message.Placeholder.JOB;
import static io.waymark.message.Placeholder.NAME;
import static io.waymark.message.Placeholder.ORGANISATION;
import static io.waymark.message.Placeholder.PLACE;
import static io.waymark.message.Placeholder.SINCE;
import static io.waymark.message.Placeholder.TIME;
import static io.waymark.message.Placeholder.WHEN;
import static io.waymark.message.Placeholder.WORKER;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.ValueResolvers;
import io.waymark.common.InvalidInput;
import io.waymark.common.Problem;
import io.waymark.common.RecordNotFound;
import io.waymark.common.StaleVersion;
import io.waymark.organisation.OrganisationService;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The wording of the messages to clients: Waymark's standard wording, or an organisation's own, which its
 * administrators write with {@link Placeholder}s such as {name} and preview before saving. An organisation's
 * templates are rendered by an engine of their own that knows only the placeholders' values and {#if}: a template
 * cannot reach the application's beans, other templates, or any method of a value.
 */
@ApplicationScoped
public class MessageTemplates {

    private static final Logger LOG = Logger.getLogger(MessageTemplates.class);

    /** The longest text GOV.UK Notify sends. */
    static final int LONGEST_TEXT = 918;

    private static final Engine ENGINE = Engine.builder().addSectionHelper(new IfSectionHelper.Factory())
            .addValueResolver(ValueResolvers.mapperResolver()).addValueResolver(ValueResolvers.orResolver())
            .strictRendering(true).build();

    /** One kind of message to clients: what it is called, when it is sent, what it may use, the standard words. */
    record Standard(String label, String sentWhen, List<Placeholder> uses, TemplateWords words) {
    }

    static final Map<MessageKind, Standard> STANDARD = new EnumMap<>(Map.of(
            MessageKind.BOOKING_CONFIRMATION, new Standard("Booking confirmation",
                    "When a health and wellbeing assessment is booked; the email carries the appointment as a"
                            + " calendar file", List.of(NAME, WHEN, PLACE, ADVISOR, ORGANISATION),
                    new TemplateWords("Your health and wellbeing assessment on {when}", """
                            Dear {name},

                            Your health and wellbeing assessment is booked for {when}, at {place}, with {advisor}.

                            The attached file adds it to your calendar. If you cannot come, please tell your \
                            employment worker as soon as you can, so that we can offer the time to someone else and \
                            book you another.

                            {organisation}
                            """, "Your health and wellbeing assessment is booked for {when} at {place}."
                            + " {organisation}")),
            MessageKind.BOOKING_REMINDER, new Standard("Assessment reminder",
                    "The day before a health and wellbeing assessment",
                    List.of(NAME, WHEN, PLACE, ADVISOR, ORGANISATION),
                    new TemplateWords("Reminder: your health and wellbeing assessment tomorrow", """
                            Dear {name},

                            A reminder: your health and wellbeing assessment is tomorrow, {when}, at {place}, with \
                            {advisor}.

                            If you cannot come, please tell your employment worker today, so that we can book you \
                            another time.

                            {organisation}
                            """, "Reminder: your health and wellbeing assessment is tomorrow, {when} at {place}."
                            + " {organisation}")),
            MessageKind.PLANNED_CONTACT_REMINDER, new Standard("Contact reminder",
                    "The day before a contact a member of staff planned with the client",
                    List.of(NAME, WORKER, HOW, TIME, ORGANISATION),
                    new TemplateWords("Reminder: {worker} {how} tomorrow at {time}", """
                            Dear {name},

                            A reminder: {worker} {how} tomorrow at {time}. If the time no longer suits you, please \
                            tell them.

                            {organisation}
                            """, "Reminder: {worker} {how} tomorrow at {time}. {organisation}")),
            MessageKind.SUSTAINMENT_CHECK, new Standard("Sustainment check",
                    "On the day a sustainment check of a job falls due", List.of(NAME, JOB, SINCE, ORGANISATION),
                    new TemplateWords("Are you still in work?", """
                            Dear {name},

                            It is {since} since you started your job. Are you still working as {job}? Please let \
                            your employment worker know, whether you are or not: it helps us support you and others.

                            {organisation}
                            """, "Are you still working as {job}? Please let your employment worker know."
                            + " {organisation}"))));

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    /** A message's words in the organisation's wording (or the standard one), with its values filled in. */
    Outbox.Words words(MessageKind kind, Map<Placeholder, String> values, String attachmentName, String attachment) {
        Map<String, String> data = new LinkedHashMap<>();
        values.forEach((placeholder, value) -> data.put(placeholder.key(), value == null ? "" : value));
        MessageTemplate own = MessageTemplate.of(kind);
        TemplateWords wording = own == null ? standard(kind).words() : words(own);
        try {
            return words(render(wording, data), attachmentName, attachment);
        } catch (TemplateException e) {
            // Checked when saved, so not expected; a client still gets the message, in the standard wording.
            LOG.warnf("The organisation's wording of %s could not be filled in; the standard wording was used", kind);
            return words(render(standard(kind).words(), data), attachmentName, attachment);
        }
    }

    /** The kind of message to clients a path names, or null (answered "not found"). */
    public static MessageKind kindNamed(String name) {
        return STANDARD.keySet().stream().filter(kind -> kind.name().equals(name)).findFirst().orElse(null);
    }

    /** Every kind of message to clients, as the organisation words it. */
    public List<TemplateView> all() {
        return STANDARD.keySet().stream().map(this::get).toList();
    }

    public TemplateView get(MessageKind kind) {
        return view(kind, MessageTemplate.of(kind));
    }

    /** The wording with the preview's values filled in, checked as saving would check it; nothing is saved. */
    public TemplateWords preview(MessageKind kind, TemplateWords words) {
        return checked(standard(kind), words);
    }

    /**
     * The organisation's own wording, in place of the one at {@code basedOnVersion}; refused with every problem
     * at once when a part cannot be read, uses a value the message does not have, or makes too long a text.
     */
    @Transactional
    public TemplateView save(MessageKind kind, TemplateWords words, int basedOnVersion) {
        checked(standard(kind), words);
        MessageTemplate template = MessageTemplate.of(kind);
        if (version(template) != basedOnVersion) {
            throw new StaleVersion();
        }
        if (template == null) {
            template = new MessageTemplate();
            template.kind = kind;
        }
        Staff me = currentStaff.get();
        template.subject = words.subject();
        template.body = words.body();
        template.text = words.text();
        template.changedBy = me.id;
        template.changedAt = OffsetDateTime.now(clock);
        template.persistAndFlush(); // two first saves at once: the unique rule refuses the second here, as a 409
        return view(kind, template);
    }

    /** Back to Waymark's standard wording. */
    @Transactional
    public TemplateView useStandard(MessageKind kind, int basedOnVersion) {
        standard(kind);
        MessageTemplate template = MessageTemplate.of(kind);
        if (version(template) != basedOnVersion) {
            throw new StaleVersion();
        }
        if (template != null) {
            template.delete();
            MessageTemplate.flush();
        }
        return view(kind, null);
    }

    private TemplateView view(MessageKind kind, MessageTemplate own) {
        Standard standard = standard(kind);
        Staff changedBy = own == null ? null : Staff.findById(own.changedBy);
        return new TemplateView(kind, standard.label(), standard.sentWhen(), own == null,
                own == null ? standard.words() : words(own),
                standard.uses().stream().map(p -> new TemplateView.PlaceholderView(p.key(), p.meaning())).toList(),
                changedBy == null ? null : changedBy.displayName, own == null ? null : own.changedAt, version(own));
    }

    /** 0 for the standard wording; an organisation's own counts from 1, so saving over the standard cannot race. */
    private static int version(MessageTemplate own) {
        return own == null ? 0 : own.version + 1;
    }

    private static Standard standard(MessageKind kind) {
        Standard standard = kind == null ? null : STANDARD.get(kind);
        if (standard == null) {
            throw new RecordNotFound("Message template", kind);
        }
        return standard;
    }

    /** The wording rendered with the preview's values, or every problem with it. */
    private TemplateWords checked(Standard standard, TemplateWords words) {
        Map<String, String> examples = new LinkedHashMap<>();
        String organisation = organisations.current().name;
        standard.uses().forEach(p -> examples.put(p.key(), p.example(organisation)));
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("subject", words.subject());
        parts.put("body", words.body());
        parts.put("text", words.text());
        Map<String, String> rendered = new LinkedHashMap<>();
        List<Problem.FieldError> problems = new ArrayList<>();
        parts.forEach((field, wording) -> {
            String problem = wording == null || wording.isBlank() ? "must not be blank" : problem(wording, examples);
            if (problem == null) {
                rendered.put(field, render(wording, examples));
            } else {
                problems.add(new Problem.FieldError(field, problem));
            }
        });
        if (rendered.containsKey("subject") && rendered.get("subject").contains("\n")) {
            problems.add(new Problem.FieldError("subject", "must be one line"));
        }
        if (rendered.containsKey("text") && rendered.get("text").length() > LONGEST_TEXT) {
            problems.add(new Problem.FieldError("text", "is " + rendered.get("text").length()
                    + " characters long with the preview's values; a text can be at most " + LONGEST_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new TemplateWords(rendered.get("subject"), rendered.get("body"), rendered.get("text"));
    }

    /** What is wrong with one part of a wording, in plain words, or null. */
    private static String problem(String wording, Map<String, String> examples) {
        Template template;
        try {
            template = ENGINE.parse(wording);
        } catch (TemplateException e) {
            return "cannot be read" + (e.getOrigin() == null ? "" : " at line " + e.getOrigin().getLine())
                    + ": check that each { has its }, and each {#if} its {/if}";
        }
        String allowed = examples.keySet().stream().map(k -> "{" + k + "}").collect(Collectors.joining(", "));
        for (Expression expression : template.getExpressions()) {
            if (!expression.isLiteral() && (expression.hasNamespace()
                    || !examples.containsKey(expression.getParts().get(0).getName()))) {
                return "{" + expression.toOriginalString() + "} is not one of the values this message has: "
                        + allowed;
            }
        }
        try {
            render(wording, examples);
            return null;
        } catch (TemplateException e) {
            return "cannot use " + e.getMessage().replaceFirst("(?s).* in expression ", "")
                    + ": write a value as it is, such as {name}";
        }
    }

    private static TemplateWords render(TemplateWords wording, Map<String, String> values) {
        return new TemplateWords(render(wording.subject(), values), render(wording.body(), values),
                render(wording.text(), values));
    }

    private static String render(String wording, Map<String, String> values) {
        TemplateInstance instance = ENGINE.parse(wording).instance();
        values.forEach(instance::data);
        return instance.render();
    }

    private static TemplateWords words(MessageTemplate own) {
        return new TemplateWords(own.subject, own.body, own.text);
    }

    private static Outbox.Words words(TemplateWords rendered, String attachmentName, String attachment) {
        return new Outbox.Words(rendered.subject(), rendered.body(), attachmentName, attachment, rendered.text());
    }
}
