package io.waymark.demo;

import io.quarkus.runtime.StartupEvent;
import io.waymark.actionplan.ActionGoal;
import io.waymark.actionplan.ActionPlanService;
import io.waymark.actionplan.GoalRequest;
import io.waymark.assessment.AssessmentSlot;
import io.waymark.assessment.BookingRequest;
import io.waymark.assessment.BookingService;
import io.waymark.assessment.SlotPatternRequest;
import io.waymark.assessment.SlotService;
import io.waymark.caseload.CaseloadService;
import io.waymark.caseload.WaitingListRequest;
import io.waymark.client.Client;
import io.waymark.client.ClientClosure;
import io.waymark.client.ClientDetails;
import io.waymark.client.ClientService;
import io.waymark.client.ClientStatus;
import io.waymark.client.ConsentScope;
import io.waymark.client.Gender;
import io.waymark.client.Stage;
import io.waymark.client.SupportLevel;
import io.waymark.common.Clocks;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.ContactRequest;
import io.waymark.contact.ContactService;
import io.waymark.employer.DisabilityConfident;
import io.waymark.employer.Employer;
import io.waymark.employer.EmployerDetails;
import io.waymark.employer.EmployerService;
import io.waymark.employer.SizeBand;
import io.waymark.lists.ClientGroup;
import io.waymark.lists.ClosureReason;
import io.waymark.lists.Programme;
import io.waymark.lists.ReferralSource;
import io.waymark.organisation.Organisation;
import io.waymark.organisation.OrganisationService;
import io.waymark.outcome.ContractType;
import io.waymark.outcome.FollowUp;
import io.waymark.outcome.FollowUpAnswer;
import io.waymark.outcome.FollowUpAnswerRequest;
import io.waymark.outcome.JobOutcome;
import io.waymark.outcome.OutcomeRequest;
import io.waymark.outcome.OutcomeService;
import io.waymark.outcome.OutcomeType;
import io.waymark.outcome.Verification;
import io.waymark.pathway.PathwayService;
import io.waymark.pathway.StageMoveRequest;
import io.waymark.report.FunderRequest;
import io.waymark.report.FunderService;
import io.waymark.report.ProgrammeSharingService;
import io.waymark.report.ReportPeriod;
import io.waymark.report.ServiceCost;
import io.waymark.report.ServiceCostRequest;
import io.waymark.report.ServiceCostService;
import io.waymark.security.Roles;
import io.waymark.security.TenantScope;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import io.waymark.staff.StaffService;
import io.waymark.staff.Team;
import io.waymark.staff.TeamRequest;
import io.waymark.staff.TeamRole;
import io.waymark.staff.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Two demo organisations matching deploy/keycloak/waymark-realm.json, with staff linked to the realm's users and
 * clients spread along the pathway. Loaded once, through the same services as real work, when
 * {@code waymark.demo-data.enabled} is true.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** Realm user id (the token subject), username, name, realm role; workers have a limit and a number of cases. */
    record DemoUser(String subject, String username, String name, String role, Integer limit, int cases) {

        DemoUser(String subject, String username, String name, String role) {
            this(subject, username, name, role, null, 0);
        }
    }

    /**
     * The newest {@code waiting} referrals wait on the team's list; the rest are shared out among the workers. The
     * service costs {@code quarterlyCost} a quarter and, when a funder is given, shares its figures with it.
     */
    record DemoOrganisation(String code, String name, String prefix, String team, List<DemoUser> users,
            List<String> clientNames, int waiting, List<String> employers, int quarterlyCost, DemoFunder funder) {
    }

    /** The realm user who leads No One Left Behind nationally (deploy/keycloak/waymark-realm.json). */
    static final String NATIONAL_LEAD = "nia.national";

    /** A funder and the realm user who is its commissioner. */
    record DemoFunder(String code, String name, String commissioner) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("clyde-works", "Clyde Works Supported Employment", "CW", "Glasgow North", List.of(
                    new DemoUser("a0000000-0000-4000-8000-000000000001", "cara.worker", "Cara MacLeod", "worker", 12, 11),
                    new DemoUser("a0000000-0000-4000-8000-000000000002", "colin.worker", "Colin Baird", "worker", 7, 7),
                    new DemoUser("a0000000-0000-4000-8000-000000000003", "tom.lead", "Tom Fraser", "team-lead"),
                    new DemoUser("a0000000-0000-4000-8000-000000000004", "hana.advisor", "Hana Ali", "hwb-advisor"),
                    new DemoUser("a0000000-0000-4000-8000-000000000005", "ada.admin", "Ada Rennie", "admin")),
                    List.of("Aileen Murray", "Brian Docherty", "Catriona Wallace", "Declan O'Neill", "Eilidh Grant",
                            "Farah Hussain", "Gordon McKay", "Heather Munro", "Iain Sinclair", "Jade Robertson",
                            "Kyle Thomson", "Leanne Paterson", "Malcolm Reid", "Niamh Campbell", "Owen Stewart",
                            "Priya Nair", "Rory Henderson", "Shona Ross", "Tariq Malik", "Una Ferguson",
                            "Victor Novak", "Wendy Gallacher"), 2,
                    List.of("Clydeside Garden Centre", "Riverside Hotel", "Govan Community Cafe", "Kelvin Print Works"),
                    27_500, new DemoFunder("glasgow-city", "Glasgow City Council", "cleo.commissioner")),
            new DemoOrganisation("forth-valley", "Forth Valley Council Employability Service", "FV", "Falkirk", List.of(
                    new DemoUser("a0000000-0000-4000-8000-000000000011", "fergus.worker", "Fergus Reid", "worker", 8, 7),
                    new DemoUser("a0000000-0000-4000-8000-000000000012", "lena.lead", "Lena Kowalski", "team-lead"),
                    new DemoUser("a0000000-0000-4000-8000-000000000013", "ravi.advisor", "Ravi Shah", "hwb-advisor"),
                    new DemoUser("a0000000-0000-4000-8000-000000000014", "maya.admin", "Maya Stewart", "admin")),
                    List.of("Alasdair Kerr", "Bethany Lyons", "Craig Watson", "Dana Petrie", "Euan Boyle",
                            "Fiona Craig", "Graham Ogilvie", "Hollie Rae"), 1,
                    List.of("Falkirk Wheel Visitor Centre", "Carron Valley Foods"), 12_000, null));

    private static final Stage[] STAGES = Stage.values();
    private static final String[] SECTORS = {"Retail", "Hospitality", "Horticulture", "Manufacturing", "Care"};
    private static final String[] JOB_TITLES = {"Sales assistant", "Kitchen porter", "Garden centre assistant",
        "Print finisher", "Care assistant"};
    private static final BigDecimal[] HOURS = {new BigDecimal("4.0"), new BigDecimal("8.0"), new BigDecimal("12.0"),
        new BigDecimal("16.0"), new BigDecimal("22.5"), new BigDecimal("30.0"), new BigDecimal("37.5")};
    private static final ClientGroup[] GROUPS = ClientGroup.values();
    private static final SupportLevel[] LEVELS = {SupportLevel.UNDER_7_HOURS, SupportLevel.UNDER_7_HOURS,
        SupportLevel.FROM_7_TO_40_HOURS, SupportLevel.OVER_40_HOURS};

    @ConfigProperty(name = "waymark.demo-data.enabled")
    boolean enabled;

    @Inject
    TenantScope tenantScope;

    @Inject
    OrganisationService organisations;

    @Inject
    StaffService staffService;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    ClientService clients;

    @Inject
    PathwayService pathway;

    @Inject
    ContactService contacts;

    @Inject
    TeamService teams;

    @Inject
    EmployerService employerService;

    @Inject
    OutcomeService outcomes;

    @Inject
    ActionPlanService plans;

    @Inject
    SlotService slotService;

    @Inject
    BookingService bookings;

    @Inject
    CaseloadService caseloads;

    @Inject
    ServiceCostService costs;

    @Inject
    FunderService funders;

    @Inject
    ProgrammeSharingService sharing;

    @Inject
    Clock clock;

    @Inject
    DemoBanner banner;

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        for (DemoOrganisation organisation : ORGANISATIONS) {
            boolean loaded = tenantScope.call(organisation.code(), () -> load(organisation));
            LOG.infof("Demo organisation %s: %s", organisation.code(), loaded ? "loaded" : "already present");
            tenantScope.call(organisation.code(), () -> loadCosts(organisation));
        }
        banner.print();
    }

    private boolean load(DemoOrganisation demo) {
        if (Organisation.findById(demo.code()) != null) {
            return false;
        }
        // The demo shows the public self-referral form working (/refer/<code>).
        organisations.register(demo.code(), demo.name(), demo.prefix()).selfReferralOpen = true;
        Team team = teams.create(new TeamRequest(demo.team()));
        Staff lead = null;
        Map<Staff, DemoUser> workers = new LinkedHashMap<>();
        for (DemoUser user : demo.users()) {
            Staff member = staffService.register(user.subject(), user.username(), user.name(),
                    user.username() + "@" + demo.code() + ".example");
            if (user.role().equals(Roles.WORKER)) {
                teams.join(team.id, member.id, TeamRole.WORKER);
                caseloads.setWorkerLimit(member.id, user.limit());
                workers.put(member, user);
            } else if (user.role().equals(Roles.TEAM_LEAD)) {
                teams.join(team.id, member.id, TeamRole.TEAM_LEAD);
                lead = member;
            }
        }
        currentStaff.actAs(lead);
        List<Employer> employers = demo.employers().stream()
                .map(e -> employerService.create(new EmployerDetails(e, SECTORS[Math.abs(e.hashCode()) % SECTORS.length],
                        SizeBand.SMALL, null, null, DisabilityConfident.COMMITTED, null, List.of())))
                .toList();
        LocalDate today = LocalDate.now(clock);
        Map<Staff, Integer> open = new HashMap<>();
        for (int i = 0; i < demo.clientNames().size(); i++) {
            boolean waits = i < demo.waiting();
            Staff worker = waits ? workers.keySet().iterator().next() : workers.keySet().stream()
                    .filter(w -> open.getOrDefault(w, 0) < workers.get(w).cases()).findFirst().orElseThrow();
            currentStaff.actAs(worker);
            Client client = loadClient(demo.clientNames().get(i), i, today, !waits, employers);
            currentStaff.actAs(lead);
            if (waits) {
                caseloads.placeOnWaitingList(team.id, new WaitingListRequest(client.id, i == 0));
                continue;
            }
            caseloads.assignAsLoaded(client.id, worker.id, null);
            open.merge(worker, 1, Integer::sum);
            if (i % 9 == 8) {
                currentStaff.actAs(worker);
                clients.close(client.id, new ClientClosure(ClosureReason.MOVED_AWAY.name(), today.minusDays(3)));
                open.merge(worker, -1, Integer::sum);
            }
        }
        loadDiary(demo, staffNamed(demo, Roles.HWB_ADVISOR), workers.keySet().iterator().next(), today);
        return true;
    }

    /**
     * A whole-service cost for each of the last four quarters and this one, the funder the service reports to, and
     * No One Left Behind shared with its national lead.
     * Also added to demo organisations loaded before reports existed, once (when no cost was ever entered).
     */
    private boolean loadCosts(DemoOrganisation demo) {
        if (ServiceCost.count() > 0) {
            return false;
        }
        currentStaff.actAs(staffNamed(demo, Roles.ADMIN));
        ReportPeriod quarter = ReportPeriod.quarterContaining(LocalDate.now(clock));
        for (int i = 0; i < 5; i++) {
            costs.record(new ServiceCostRequest(null, quarter.from(), quarter.to(), BigDecimal.valueOf(demo.quarterlyCost()),
                    "Staff, premises and travel"));
            quarter = ReportPeriod.quarterContaining(quarter.from().minusDays(1));
        }
        if (demo.funder() != null) {
            funders.name(demo.funder().code(), new FunderRequest(demo.funder().name()));
        }
        // Both demo services share No One Left Behind, so the national lead's report has two providers.
        sharing.share(Programme.NO_ONE_LEFT_BEHIND.name());
        return true;
    }

    /**
     * The advisor's next two weeks: Monday, Wednesday and Friday at 10:00, the first three booked for the most
     * recently referred clients who need intense support. Older flagged clients stay unbooked, so overdue.
     */
    private void loadDiary(DemoOrganisation demo, Staff advisor, Staff worker, LocalDate today) {
        currentStaff.actAs(advisor);
        List<AssessmentSlot> slots = slotService.publishWeekly(new SlotPatternRequest(today.plusDays(1), today.plusDays(14),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(10, 0), 60,
                demo.name() + ", interview room 2"));
        currentStaff.actAs(worker);
        List<Client> flagged = Client.list("needsIntenseSupport = true and status <> ?1 order by referralDate desc",
                ClientStatus.CLOSED);
        for (int i = 0; i < Math.min(3, Math.min(slots.size(), flagged.size())); i++) {
            bookings.book(new BookingRequest(slots.get(i).id, flagged.get(i).id));
        }
    }

    private static Staff staffNamed(DemoOrganisation demo, String role) {
        DemoUser user = demo.users().stream().filter(u -> u.role().equals(role)).findFirst().orElseThrow();
        return Staff.findBySubject(user.subject());
    }

    /**
     * Client {@code i} is referred up to about a year ago and, once in work with the service, has moved
     * {@code i mod 6} stages since.
     */
    private Client loadClient(String fullName, int i, LocalDate today, boolean progressed, List<Employer> employers) {
        String[] name = fullName.split(" ", 2);
        int stagesMoved = i % STAGES.length;
        LocalDate referred = today.minusDays(20 + 15L * i);
        boolean consented = i % 7 != 3;
        ClientDetails details = new ClientDetails(null, name[0], name[1], null,
                today.minusYears(19 + (i * 7) % 45).minusDays(i * 11L),
                i % 2 == 0 ? Gender.WOMAN : Gender.MAN, null, null, null, null, null, null,
                i % 3 == 0 ? "Glasgow City" : i % 3 == 1 ? "Renfrewshire" : "Falkirk",
                Programme.values()[i % 4].name(), ReferralSource.values()[i % ReferralSource.values().length].name(),
                referred, referred.plusDays(7), consented ? referred.plusDays(5) : null,
                consented ? EnumSet.of(ConsentScope.SUPPORT, ConsentScope.SHARE_WITH_EMPLOYERS) : null,
                List.of(GROUPS[i % GROUPS.length].name(), GROUPS[(i + 3) % GROUPS.length].name()),
                LEVELS[i % LEVELS.length],
                LEVELS[i % LEVELS.length] != SupportLevel.UNDER_7_HOURS, null,
                Map.of("parental_status", i % 3 == 0 ? "Lone parent" : "Not a parent"));
        Client client = clients.refer(details);
        contacts.record(client.id, contact(referred, 1, ContactChannel.FACE_TO_FACE, "First meeting: talked through the service and what work could look like."));
        LocalDate movedOn = referred.plusDays(10);
        for (int s = 1; consented && progressed && s <= stagesMoved; s++) {
            if (STAGES[s] == Stage.IN_WORK_SUPPORT) {
                recordJob(client, i, movedOn, employers, false);
            }
            pathway.move(client.id, new StageMoveRequest(STAGES[s], movedOn, null));
            contacts.record(client.id, contact(movedOn, 2, s % 2 == 0 ? ContactChannel.PHONE : ContactChannel.VIDEO,
                    "Started " + STAGES[s].name().toLowerCase().replace('_', ' ') + "; agreed next steps."));
            movedOn = movedOn.plusDays(12);
        }
        if (consented && progressed && stagesMoved == Stage.JOB_MATCHING.ordinal() && i % 2 == 1) {
            // Started four weeks ago today: the first sustainment check is due now.
            recordJob(client, i, today.minusWeeks(4), employers, true);
        }
        if (consented && progressed && stagesMoved == Stage.VOCATIONAL_PROFILING.ordinal()) {
            ActionGoal goal = plans.add(client.id, new GoalRequest("Find part-time work in " + SECTORS[i % SECTORS.length],
                    "Two taster days; update the CV; travel training for the route", today.plusMonths(3),
                    today.plusDays(3), null));
            if (i % 12 == 1) {
                plans.update(client.id, goal.id, goal.version, new GoalRequest(goal.goal, goal.objectives,
                        goal.targetDate, today.minusDays(2), null));
            }
        }
        return client;
    }

    /** Outcomes of all three kinds with a spread of hours; older ones have their first check answered. */
    private void recordJob(Client client, int i, LocalDate start, List<Employer> employers, boolean enterInWorkSupport) {
        OutcomeType type = OutcomeType.values()[i % 3];
        boolean selfEmployed = type == OutcomeType.SELF_EMPLOYED;
        JobOutcome job = outcomes.record(client.id, new OutcomeRequest(type,
                selfEmployed ? null : employers.get(i % employers.size()).id, null,
                selfEmployed ? "Cleaning business" : JOB_TITLES[i % JOB_TITLES.length],
                selfEmployed ? "Cleaning" : SECTORS[i % SECTORS.length],
                selfEmployed ? null : ContractType.PERMANENT, start, HOURS[i % HOURS.length],
                selfEmployed ? null : new BigDecimal("12.75").add(BigDecimal.valueOf(i * 10L, 2)), false, enterInWorkSupport,
                enterInWorkSupport ? "Started work" : null, null));
        FollowUp first = job.followUps.get(0);
        if (i >= 10 && !first.dueOn.isAfter(LocalDate.now(clock))) {
            outcomes.answer(client.id, job.id, first.id, new FollowUpAnswerRequest(FollowUpAnswer.IN_EMPLOYMENT,
                    first.dueOn, HOURS[i % HOURS.length], Verification.CLIENT, null, null));
        }
    }

    private static ContactRequest contact(LocalDate on, int plusDays, ContactChannel channel, String notes) {
        OffsetDateTime at = on.plusDays(plusDays).atTime(LocalTime.of(10, 30)).atZone(Clocks.UK).toOffsetDateTime();
        return new ContactRequest(at, channel, 45, null, notes);
    }
}
