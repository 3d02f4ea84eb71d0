package io.waymark.outcome;

import io.waymark.common.InvalidInput;
import io.waymark.common.RecordNotFound;
import io.waymark.common.RuleConflict;
import io.waymark.common.StaleVersion;
import io.waymark.lists.ListName;
import io.waymark.lists.ListService;
import io.waymark.lists.ListValueView;
import io.waymark.lists.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Funders' outcome definitions: the shipped ones and the organisation's own, the rules that keep a definition
 * sound, which definition sets a programme's follow-up schedule, and how each job stands under each definition.
 */
@ApplicationScoped
public class OutcomeDefinitionService {

    /** A definition by id and name, shipped or the organisation's own. */
    public record NamedRule(UUID id, String name, OutcomeRule rule) {
    }

    private static final String RULE_COLUMNS = """
            id, name, start_min_weekly_hours, start_after_paid_hours, sustained_weekly_hours, sustained_weeks,
            sustained_window_weeks, follow_up_schedule, counts_retained, counts_self_employed""";

    /**
     * A JSON array of {@link NamedRule}: the shipped definitions, then the organisation's ({@code :organisation}) own,
     * each by name, as {@link #rules()} lists them.
     */
    public static final String RULES = """
            select json_agg(json_build_object('id', d.id, 'name', d.name, 'rule', json_build_object(
                    'startMinWeeklyHours', d.start_min_weekly_hours, 'startAfterPaidHours', d.start_after_paid_hours,
                    'sustainedWeeklyHours', d.sustained_weekly_hours, 'sustainedWeeks', d.sustained_weeks,
                    'sustainedWindowWeeks', d.sustained_window_weeks, 'followUpSchedule', d.follow_up_schedule,
                    'countsRetained', d.counts_retained, 'countsSelfEmployed', d.counts_self_employed))
                order by d.own, d.name)
            from (select false as own, %1$s from shipped_outcome_definition
                  union all
                  select true, %1$s from outcome_definition where organisation_code = :organisation) d"""
            .formatted(RULE_COLUMNS);

    @Inject
    OutcomeDefinitionMapper mapper;

    @Inject
    Clock clock;

    @Inject
    ListService lists;

    public List<OutcomeDefinitionView> all() {
        List<OutcomeDefinitionView> views = new ArrayList<>();
        ShippedOutcomeDefinition.<ShippedOutcomeDefinition>list("order by name").forEach(d -> views.add(mapper.toView(d)));
        OutcomeDefinition.<OutcomeDefinition>list("order by name").forEach(d -> views.add(mapper.toView(d)));
        return views;
    }

    public List<NamedRule> rules() {
        List<NamedRule> rules = new ArrayList<>();
        ShippedOutcomeDefinition.<ShippedOutcomeDefinition>list("order by name")
                .forEach(d -> rules.add(new NamedRule(d.id, d.name, d.rule)));
        OutcomeDefinition.<OutcomeDefinition>list("order by name")
                .forEach(d -> rules.add(new NamedRule(d.id, d.name, d.rule)));
        return rules;
    }

    /** A shipped definition or one of the organisation's own; any other id is "not found". */
    public NamedRule rule(UUID id) {
        ShippedOutcomeDefinition shipped = ShippedOutcomeDefinition.findById(id);
        if (shipped != null) {
            return new NamedRule(shipped.id, shipped.name, shipped.rule);
        }
        OutcomeDefinition own = findOwn(id);
        return new NamedRule(own.id, own.name, own.rule);
    }

    @Transactional
    public OutcomeDefinition create(OutcomeDefinitionRequest request) {
        OutcomeDefinition definition = new OutcomeDefinition();
        apply(definition, request);
        definition.persist();
        return definition;
    }

    /** Copies a shipped or own definition under a new name, for the administrator to edit. */
    @Transactional
    public OutcomeDefinition copy(UUID id, String name) {
        NamedRule original = rule(id);
        OutcomeDefinition copy = new OutcomeDefinition();
        copy.name = requireFreeName(name == null || name.isBlank() ? original.name() + " (our copy)" : name.strip(), null);
        ShippedOutcomeDefinition shipped = ShippedOutcomeDefinition.findById(id);
        copy.programme = shipped != null ? shipped.programme : findOwn(id).programme;
        copy.basedOn = original.id();
        mapper.copy(original.rule(), copy.rule);
        copy.persist();
        return copy;
    }

    @Transactional
    public OutcomeDefinition update(UUID id, int basedOnVersion, OutcomeDefinitionRequest request) {
        if (ShippedOutcomeDefinition.findById(id) != null) {
            throw new RuleConflict("A shipped definition cannot be changed: copy it and edit the copy");
        }
        OutcomeDefinition definition = findOwn(id);
        if (definition.version != basedOnVersion) {
            throw new StaleVersion();
        }
        apply(definition, request);
        OutcomeDefinition.flush();
        return definition;
    }

    @Transactional
    public void delete(UUID id) {
        if (ShippedOutcomeDefinition.findById(id) != null) {
            throw new RuleConflict("A shipped definition cannot be deleted");
        }
        findOwn(id).delete();
    }

    /**
     * The follow-up schedule of the job outcomes of a programme of the organisation's list (by code or name): the
     * outcome definition the organisation chose for it, else that of the national programme it counts as.
     */
    public FollowUpSchedule scheduleFor(String programme) {
        ListValueView value = lists.current().find(ListName.PROGRAMME, programme).orElse(null);
        if (value != null && value.outcomeDefinitionId() != null) {
            OutcomeDefinition own = OutcomeDefinition.findById(value.outcomeDefinitionId());
            if (own != null) {
                return own.rule.schedule();
            }
            ShippedOutcomeDefinition shipped = ShippedOutcomeDefinition.findById(value.outcomeDefinitionId());
            if (shipped != null) {
                return FollowUpSchedule.parse(shipped.rule.followUpSchedule);
            }
        }
        return scheduleFor(value == null ? null : Programme.valueOf(value.countsAs()));
    }

    /**
     * The follow-up schedule of a national programme's job outcomes: the organisation's own definition for the
     * programme (the newest, if several), else the shipped one, else Scotland's national returns.
     */
    public FollowUpSchedule scheduleFor(Programme programme) {
        OutcomeDefinition own = OutcomeDefinition.find("programme = ?1 order by createdAt desc", programme).firstResult();
        if (own != null) {
            return own.rule.schedule();
        }
        ShippedOutcomeDefinition shipped = ShippedOutcomeDefinition.find("programme", programme).firstResult();
        return FollowUpSchedule.parse(shipped != null ? shipped.rule.followUpSchedule : FollowUpSchedule.NATIONAL_RETURN);
    }

    /** How the job stands under every definition, on what is known today. */
    public List<RuleResultView> evaluate(JobOutcome outcome) {
        return evaluate(rules(), outcome.history());
    }

    /** How a job read as SQL stands under each of the definitions read with it ({@link #RULES}). */
    public List<RuleResultView> evaluate(List<NamedRule> rules, OutcomeView job) {
        return evaluate(rules, JobHistory.of(job));
    }

    private List<RuleResultView> evaluate(List<NamedRule> rules, JobHistory history) {
        LocalDate today = LocalDate.now(clock);
        return rules.stream().map(r -> {
            RuleResult result = r.rule().evaluate(history, today);
            return new RuleResultView(r.id(), r.name(), result.status(), result.startMetOn(), result.sustainedMetOn(),
                    result.explanation());
        }).toList();
    }

    private void apply(OutcomeDefinition definition, OutcomeDefinitionRequest request) {
        boolean anySustained = request.sustainedWeeklyHours() != null || request.sustainedWeeks() != null
                || request.sustainedWindowWeeks() != null;
        boolean allSustained = request.sustainedWeeklyHours() != null && request.sustainedWeeks() != null
                && request.sustainedWindowWeeks() != null;
        if (anySustained && !allSustained) {
            throw new InvalidInput(request.sustainedWeeklyHours() == null ? "sustainedWeeklyHours"
                    : request.sustainedWeeks() == null ? "sustainedWeeks" : "sustainedWindowWeeks",
                    "a sustained rule needs its hours a week, its weeks and its window of weeks together");
        }
        if (allSustained && request.sustainedWeeks() > request.sustainedWindowWeeks()) {
            throw new InvalidInput("sustainedWeeks", "cannot be more than the window of " + request.sustainedWindowWeeks() + " weeks");
        }
        FollowUpSchedule.parse(request.followUpSchedule());
        definition.name = requireFreeName(request.name().strip(), definition.id);
        definition.programme = request.programme();
        mapper.apply(request, definition.rule);
        definition.rule.startMinWeeklyHours = oneDecimal(request.startMinWeeklyHours());
        definition.rule.startAfterPaidHours = oneDecimal(request.startAfterPaidHours());
        definition.rule.sustainedWeeklyHours = oneDecimal(request.sustainedWeeklyHours());
        definition.rule.followUpSchedule = request.followUpSchedule().strip().toUpperCase().replace(" ", "");
    }

    /** Hours as the database keeps them, so that an answer reads the same before and after it is stored. */
    private static BigDecimal oneDecimal(BigDecimal hours) {
        return hours == null ? null : hours.setScale(1, RoundingMode.HALF_UP);
    }

    private static String requireFreeName(String name, UUID except) {
        if (OutcomeDefinition.count("lower(name) = ?1 and id <> ?2", name.toLowerCase(),
                except == null ? new UUID(0, 0) : except) > 0) {
            throw new RuleConflict("name", "the organisation already has a definition called " + name);
        }
        return name;
    }

    private static OutcomeDefinition findOwn(UUID id) {
        OutcomeDefinition own = OutcomeDefinition.findById(id);
        if (own == null) {
            throw new RecordNotFound("outcome definition", id);
        }
        return own;
    }
}
