package io.waymark.employer;

import io.waymark.common.RecordNotFound;
import io.waymark.common.RuleConflict;
import io.waymark.common.StaleVersion;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Employers, the notes of engaging them, and their opportunities. */
@ApplicationScoped
public class EmployerService {

    @Inject
    EmployerMapper mapper;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    public List<Employer> search(String text) {
        return text == null || text.isBlank()
                ? Employer.list("order by name")
                : Employer.list("lower(name) like ?1 or lower(sector) like ?1 order by name",
                        "%" + text.strip().toLowerCase() + "%");
    }

    /** The day of each employer's latest note of engagement; employers never engaged are left out. */
    public Map<UUID, LocalDate> lastContacts() {
        Map<UUID, LocalDate> last = new HashMap<>();
        EmployerEngagement.getEntityManager()
                .createQuery("select e.employer.id, max(e.engagedOn) from EmployerEngagement e group by e.employer.id",
                        Object[].class)
                .getResultList().forEach(row -> last.put((UUID) row[0], (LocalDate) row[1]));
        return last;
    }

    /** Opportunities still open to a match, newest first, across every employer. */
    /** A JSON array of the organisation's ({@code :organisation}) employers as choices ({@code value}, {@code label}), by name. */
    public static final String CHOICES = """
            select json_agg(json_build_object('value', e.id, 'label', e.name) order by e.name)
            from employer e where e.organisation_code = :organisation""";

    /** A JSON array of the open opportunities as choices, labelled with their employer, by employer and title. */
    public static final String OPEN_OPPORTUNITY_CHOICES = """
            select json_agg(json_build_object('value', o.id, 'label', o.title || ', ' || e.name) order by e.name, o.title)
            from opportunity o join employer e on e.id = o.employer_id
            where o.organisation_code = :organisation and o.status = 'OPEN'""";

    public List<Opportunity> openOpportunities() {
        return Opportunity.list("from Opportunity o join fetch o.employer where o.status = ?1 order by o.employer.name, o.title",
                OpportunityStatus.OPEN);
    }

    public Employer get(UUID id) {
        return Employer.findExisting(id);
    }

    @Transactional
    public Employer create(EmployerDetails details) {
        requireFreeName(details.name(), null);
        Employer employer = new Employer();
        apply(details, employer);
        employer.persist();
        return employer;
    }

    @Transactional
    public Employer update(UUID id, int basedOnVersion, EmployerDetails details) {
        Employer employer = Employer.findExisting(id);
        if (employer.version != basedOnVersion) {
            throw new StaleVersion();
        }
        requireFreeName(details.name(), id);
        apply(details, employer);
        Employer.flush();
        return employer;
    }

    @Transactional
    public EmployerEngagement engage(UUID employerId, EngagementRequest request) {
        EmployerEngagement engagement = new EmployerEngagement();
        engagement.employer = Employer.findExisting(employerId);
        engagement.engagedOn = request.engagedOn() != null ? request.engagedOn() : LocalDate.now(clock);
        engagement.staff = currentStaff.get();
        engagement.what = request.what().strip();
        engagement.persist();
        return engagement;
    }

    public List<EmployerEngagement> engagements(UUID employerId) {
        Employer.findExisting(employerId);
        return EmployerEngagement.list(
                "from EmployerEngagement e join fetch e.staff where e.employer.id = ?1 order by e.engagedOn desc, e.recordedAt desc",
                employerId);
    }

    @Transactional
    public Opportunity offer(UUID employerId, OpportunityRequest request) {
        Opportunity opportunity = new Opportunity();
        opportunity.employer = Employer.findExisting(employerId);
        opportunity.title = request.title().strip();
        opportunity.kind = request.kind();
        opportunity.hoursPerWeek = request.hoursPerWeek();
        opportunity.hourlyPay = request.hourlyPay();
        opportunity.notes = request.notes();
        opportunity.persist();
        return opportunity;
    }

    public List<Opportunity> opportunities(UUID employerId) {
        Employer.findExisting(employerId);
        return Opportunity.list("from Opportunity o join fetch o.employer where o.employer.id = ?1 order by o.createdAt desc",
                employerId);
    }

    @Transactional
    public Opportunity setStatus(UUID employerId, UUID opportunityId, OpportunityStatus status) {
        Opportunity opportunity = Opportunity.<Opportunity>find(
                "from Opportunity o join fetch o.employer where o.id = ?1 and o.employer.id = ?2", opportunityId, employerId)
                .firstResultOptional().orElseThrow(() -> new RecordNotFound("opportunity", opportunityId));
        opportunity.status = status;
        return opportunity;
    }

    private void apply(EmployerDetails details, Employer employer) {
        mapper.apply(details, employer);
        employer.name = details.name().strip();
        employer.disabilityConfident = details.disabilityConfident() != null
                ? details.disabilityConfident() : DisabilityConfident.NONE;
        employer.contacts.clear();
        if (details.contacts() != null) {
            details.contacts().forEach(person -> employer.contacts.add(mapper.toContact(person)));
        }
    }

    /** No other employer has the name (case ignored); {@code except} is the employer being renamed, if any. */
    public static void requireFreeName(String name, UUID except) {
        long taken = Employer.count("lower(name) = ?1 and id <> ?2", name.strip().toLowerCase(),
                except != null ? except : new UUID(0, 0));
        if (taken > 0) {
            throw new RuleConflict("name", "there is already an employer called " + name.strip());
        }
    }
}
