package io.waymark.referral;

import io.quarkus.scheduler.Scheduled;
import io.waymark.caseload.CaseloadFull;
import io.waymark.caseload.CaseloadService;
import io.waymark.caseload.WaitingListRequest;
import io.waymark.client.Client;
import io.waymark.client.ClientDetails;
import io.waymark.client.ClientService;
import io.waymark.client.DuplicateCandidate;
import io.waymark.client.DuplicateFinder;
import io.waymark.client.DuplicateQuery;
import io.waymark.common.AuditedSql;
import io.waymark.common.InvalidInput;
import io.waymark.common.Problem;
import io.waymark.common.RecordNotFound;
import io.waymark.common.RuleConflict;
import io.waymark.common.SecretLinks;
import io.waymark.common.StaleVersion;
import io.waymark.lists.ListName;
import io.waymark.lists.ListService;
import io.waymark.lists.ReferralSource;
import io.waymark.organisation.Organisation;
import io.waymark.organisation.OrganisationService;
import io.waymark.security.TenantScope;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The rules of referrals from outside: the forms a visitor may fill in, what a referral must say, the review queue
 * (accept into a caseload or onto a waiting list, or decline with a reason), the partners' links, and the deletion of
 * declined referrals after the organisation's period.
 */
@ApplicationScoped
public class ReferralService {

    private static final Logger LOG = Logger.getLogger(ReferralService.class);
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** The words a person agrees to on the public form; kept with each referral as they were shown. */
    static final String SELF_CONSENT = "I agree that %s may keep the details I have given and contact me about"
            + " support into work. If they cannot help, my details are deleted within %d days.";
    /** The words a partner confirms for the person they refer. */
    static final String PARTNER_CONSENT = "The person knows about this referral and agreed that I send their details"
            + " to %s, to be contacted about support into work.";

    @Inject
    EntityManager em;

    @Inject
    TenantScope tenantScope;

    @Inject
    ClientService clients;

    @Inject
    CaseloadService caseloads;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    ListService lists;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ReferralMapper mapper;

    @Inject
    AuditedSql sql;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    /** The messages feature tells the reviewers. */
    @Inject
    Event<ReferralReceived> received;

    /** The organisation's public self-referral form, when it is open; empty for an unknown or closed one. */
    public Optional<ReferralForm> selfReferralForm(String organisationCode) {
        if (organisationCode == null || !ORGANISATION_CODE.matcher(organisationCode).matches()) {
            return Optional.empty();
        }
        // Asked for no one: the visitor is not signed in, and an organisation's name and rules are not secret.
        return tenantScope.call(organisationCode, () -> {
            Organisation organisation = Organisation.findById(organisationCode);
            return organisation == null || !organisation.selfReferralOpen ? Optional.<ReferralForm>empty()
                    : Optional.of(new ReferralForm(organisation.code, organisation.name, null, null,
                            ReferralSource.SELF_REFERRAL.name(), List.of(), SELF_CONSENT.formatted(organisation.name,
                                    organisation.declinedReferralDays)));
        });
    }

    /** The organisation's name, for the page that thanks a sender; empty for an unknown code. */
    public Optional<String> organisationName(String organisationCode) {
        if (organisationCode == null || !ORGANISATION_CODE.matcher(organisationCode).matches()) {
            return Optional.empty();
        }
        return tenantScope.call(organisationCode, () -> Optional.ofNullable(Organisation.<Organisation>findById(organisationCode))
                .map(o -> o.name));
    }

    /** A partner's form behind its link; empty when the link is unknown, revoked or of another organisation. */
    public Optional<ReferralForm> partnerForm(String organisationCode, String token) {
        if (organisationCode == null || !ORGANISATION_CODE.matcher(organisationCode).matches() || token == null
                || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tenantScope.call(organisationCode, () -> {
            ReferralLink link = ReferralLink.find("tokenHash = ?1 and revokedOn is null", SecretLinks.hash(token)).firstResult();
            if (link == null) {
                return Optional.<ReferralForm>empty();
            }
            Organisation organisation = Organisation.findById(organisationCode);
            return Optional.of(new ReferralForm(organisation.code, organisation.name, link.id, link.partner,
                    link.referralSource, List.copyOf(link.questions), PARTNER_CONSENT.formatted(organisation.name)));
        });
    }

    /**
     * Takes a referral sent through a form, for the organisation's reviewers. Whatever it says, the sender learns
     * nothing of the organisation's clients: duplicates are looked for when it is reviewed.
     */
    public void receive(ReferralForm form, ReferralRequest request) {
        check(form, request);
        tenantScope.call(form.organisationCode(), () -> {
            Referral referral = new Referral();
            referral.linkId = form.linkId();
            referral.partner = form.partner();
            referral.referralSource = form.referralSource();
            referral.receivedAt = OffsetDateTime.now(clock);
            referral.firstName = request.firstName().strip();
            referral.lastName = request.lastName().strip();
            referral.preferredName = optional(request.preferredName());
            referral.dateOfBirth = request.dateOfBirth();
            referral.email = optional(request.email());
            referral.phone = optional(request.phone());
            referral.postcode = optional(request.postcode());
            referral.contactBy = request.contactBy() == null ? new ArrayList<>()
                    : request.contactBy().stream().sorted().map(Enum::name).toList();
            referral.about = optional(request.about());
            referral.consent = form.consent();
            if (form.fromPartner()) {
                referral.referrerName = optional(request.referrerName());
                referral.referrerEmail = optional(request.referrerEmail());
                referral.referrerPhone = optional(request.referrerPhone());
                List<String> answers = request.answers() == null ? List.of() : request.answers();
                for (int i = 0; i < form.questions().size(); i++) {
                    String answer = i < answers.size() ? optional(answers.get(i)) : null;
                    referral.answers.add(new PartnerAnswer(form.questions().get(i).question(), answer == null ? "" : answer));
                }
            }
            referral.persist();
            received.fire(new ReferralReceived(referral));
            return referral.id;
        });
    }

    /** Every problem of a referral at once, each under its field, so the sender fixes them in one go. */
    private void check(ReferralForm form, ReferralRequest request) {
        List<Problem.FieldError> problems = new ArrayList<>();
        validator.validate(request).forEach(v -> problems.add(new Problem.FieldError(
                v.getPropertyPath().toString().replaceFirst("^answers\\[(\\d+)\\].*", "answer-$1"), v.getMessage())));
        Set<ContactBy> contactBy = request.contactBy() == null ? Set.of() : request.contactBy();
        boolean phone = optional(request.phone()) != null;
        boolean email = optional(request.email()) != null;
        if (!phone && !email) {
            problems.add(new Problem.FieldError("phone", form.fromPartner()
                    ? "give the person's phone number or email address, so that we can contact them"
                    : "give a phone number or an email address, so that we can contact you"));
        } else if ((contactBy.contains(ContactBy.PHONE) || contactBy.contains(ContactBy.TEXT)) && !phone) {
            problems.add(new Problem.FieldError("phone", "give a phone number to be phoned or sent texts"));
        } else if (contactBy.contains(ContactBy.EMAIL) && !email) {
            problems.add(new Problem.FieldError("email", "give an email address to be emailed"));
        }
        if (request.dateOfBirth() != null && request.dateOfBirth()
                .plusYears(ClientService.MINIMUM_AGE_AT_REFERRAL).isAfter(LocalDate.now(clock))) {
            problems.add(new Problem.FieldError("dateOfBirth", "supported employment is for people aged "
                    + ClientService.MINIMUM_AGE_AT_REFERRAL + " or over: check the date of birth"));
        }
        if (form.fromPartner()) {
            if (optional(request.referrerName()) == null) {
                problems.add(new Problem.FieldError("referrerName", "give your name"));
            }
            if (optional(request.referrerEmail()) == null && optional(request.referrerPhone()) == null) {
                problems.add(new Problem.FieldError("referrerEmail", "give your email address or phone number"));
            }
            List<String> answers = request.answers() == null ? List.of() : request.answers();
            for (int i = 0; i < form.questions().size(); i++) {
                if (form.questions().get(i).required() && (i >= answers.size() || optional(answers.get(i)) == null)) {
                    problems.add(new Problem.FieldError("answer-" + i, "answer this question"));
                }
            }
        }
        if (!request.agreed()) {
            problems.add(new Problem.FieldError("agreed", form.fromPartner()
                    ? "confirm that the person knows about this referral and agreed to it"
                    : "tick the box to agree, so that we can keep your details and contact you"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The referrals with this status, the longest waiting first; new ones are flagged past the target. */
    public List<ReferralView> queue(ReferralStatus status) {
        return views(Referral.list("status = ?1 order by receivedAt, id", status));
    }

    /** One referral, with the organisation's records that are likely the same person. */
    public ReferralView get(UUID id) {
        Referral referral = Referral.findExisting(id);
        List<DuplicateCandidate> likely = referral.status == ReferralStatus.NEW
                ? duplicates.likelyDuplicates(new DuplicateQuery(referral.firstName, referral.lastName,
                        referral.dateOfBirth, null, referral.phone, referral.email, null))
                : List.of();
        return view(referral, settings(), LocalDate.now(clock), likely);
    }

    /** The referrals a client came from (a merged client may have two), for subject access. */
    public List<ReferralView> ofClient(UUID clientId) {
        return views(Referral.list("clientId = ?1 order by receivedAt", clientId));
    }

    /** Several referrals as their list shows them: without the duplicate check, which one referral's page runs. */
    private List<ReferralView> views(List<Referral> referrals) {
        ReferralSettings settings = settings();
        LocalDate today = LocalDate.now(clock);
        return referrals.stream().map(r -> view(r, settings, today, List.of())).toList();
    }

    private ReferralView view(Referral referral, ReferralSettings settings, LocalDate today,
            List<DuplicateCandidate> likely) {
        LocalDate received = referral.receivedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        LocalDate until = referral.decidedAt == null ? today
                : referral.decidedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        long waited = WorkingDays.between(received, until);
        return mapper.toView(referral, waited,
                referral.status == ReferralStatus.NEW && waited > settings.reviewWorkingDays(), likely);
    }

    /**
     * Accepts a referral: the client is created as referred, from the record the reviewer completed, and goes on a
     * worker's caseload (within their limit) or a team's waiting list. The referral is locked first, so two reviewers
     * accepting at once make one client; anything refused leaves nothing saved.
     */
    @Transactional
    public Client accept(UUID id, int basedOnVersion, AcceptRequest request) {
        Referral referral = undecided(id, basedOnVersion);
        if ((request.teamId() == null) == (request.workerId() == null)) {
            throw new InvalidInput("placement", "choose a worker's caseload or a team's waiting list");
        }
        ClientDetails details = request.client();
        if (details.takeOn() != null) {
            throw new InvalidInput("client.takeOn", "leave this out: teamId or workerId says where the case goes");
        }
        Client client = clients.refer(details);
        if (request.workerId() != null) {
            try {
                caseloads.assign(client.id, request.workerId(), "Taken on from a referral");
            } catch (CaseloadFull full) {
                throw new RuleConflict("workerId", "%s already has %s open cases, and their limit is %s: choose"
                        .formatted(full.extensions().get("workerName"), full.extensions().get("caseload"),
                                full.extensions().get("limit")) + " another worker or a team's waiting list");
            }
        } else {
            caseloads.placeOnWaitingList(request.teamId(), new WaitingListRequest(client.id, false));
        }
        referral.status = ReferralStatus.ACCEPTED;
        referral.clientId = client.id;
        decided(referral);
        return client;
    }

    @Transactional
    public Referral decline(UUID id, int basedOnVersion, DeclineRequest request) {
        Referral referral = undecided(id, basedOnVersion);
        referral.status = ReferralStatus.DECLINED;
        referral.declineReason = request.reason().strip();
        decided(referral);
        return referral;
    }

    private Referral undecided(UUID id, int basedOnVersion) {
        Referral referral = Referral.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw new RecordNotFound("referral", id);
        }
        if (referral.status != ReferralStatus.NEW) {
            throw new RuleConflict("This referral was already " + referral.status.name().toLowerCase() + " by "
                    + referral.decidedBy + " on " + referral.decidedAt.atZoneSameInstant(clock.getZone()).toLocalDate());
        }
        if (referral.version != basedOnVersion) {
            throw new StaleVersion();
        }
        return referral;
    }

    private void decided(Referral referral) {
        referral.decidedAt = OffsetDateTime.now(clock);
        referral.decidedBy = currentStaff.get().displayName;
        Referral.flush();
    }

    /** Every organisation's declined referrals kept past its period, deleted each night; each deletion is audited. */
    @Scheduled(cron = "{waymark.referrals.deletion-cron:0 45 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        LOG.infof("Referrals: %d declined referrals deleted", deleteDeclined());
    }

    /** Deletes, in every organisation, the referrals declined longer ago than its period. */
    public int deleteDeclined() {
        return organisations.forEachOrganisation(organisation -> sql.run(organisation.code, "Referral", null,
                Map.of("status", Arrays.asList(ReferralStatus.DECLINED.name(), null), "deletedAfter",
                        Arrays.asList(null, Period.ofDays(organisation.declinedReferralDays).toString())),
                "delete from referral where organisation_code = :org and status = 'DECLINED' and decided_at < :before",
                Map.of("org", organisation.code,
                        "before", OffsetDateTime.now(clock).minusDays(organisation.declinedReferralDays))));
    }

    public ReferralSettings settings() {
        Organisation organisation = organisations.current();
        return new ReferralSettings(organisation.selfReferralOpen, organisation.referralReviewDays,
                organisation.declinedReferralDays);
    }

    @Transactional
    public ReferralSettings changeSettings(ReferralSettings settings) {
        Organisation organisation = organisations.current();
        organisation.selfReferralOpen = settings.selfReferralOpen();
        organisation.referralReviewDays = settings.reviewWorkingDays();
        organisation.declinedReferralDays = settings.declinedKeptDays();
        return settings();
    }

    /** The partners' links, newest first, revoked ones too. */
    public List<ReferralLink> links() {
        return ReferralLink.list("order by createdAt desc, id");
    }

    /** A new link made, and its secret, which is given this once. */
    public record NewLink(ReferralLink link, String token) {
    }

    @Transactional
    public NewLink createLink(ReferralLinkRequest request) {
        ReferralLink link = new ReferralLink();
        link.partner = request.partner().strip();
        link.referralSource = lists.current().choose(ListName.REFERRAL_SOURCE, "referralSource",
                request.referralSource(), List.of()).code();
        link.questions = request.questions() == null ? new ArrayList<>() : request.questions().stream()
                .map(q -> new PartnerQuestion(q.question().strip(), q.required())).toList();
        String token = SecretLinks.newSecret();
        link.tokenHash = SecretLinks.hash(token);
        link.createdBy = currentStaff.get().displayName;
        link.persist();
        ReferralLink.flush();
        return new NewLink(link, token);
    }

    /** Revokes a link: it stops working at once, and the referrals that came through it keep their partner. */
    @Transactional
    public ReferralLink revokeLink(UUID id, int basedOnVersion) {
        ReferralLink link = ReferralLink.findExisting(id);
        if (link.version != basedOnVersion) {
            throw new StaleVersion();
        }
        if (link.revokedOn != null) {
            throw new RuleConflict("This link was already revoked on "
                    + link.revokedOn.atZoneSameInstant(clock.getZone()).toLocalDate());
        }
        link.revokedOn = OffsetDateTime.now(clock);
        ReferralLink.flush();
        return link;
    }

    /** The address of a partner's form, from Waymark's own address. */
    public static String address(String base, String organisationCode, String token) {
        return base.replaceAll("/+$", "") + "/refer/" + organisationCode + "/" + token;
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
