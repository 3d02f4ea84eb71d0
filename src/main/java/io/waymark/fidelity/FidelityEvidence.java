package io.waymark.fidelity;

import io.waymark.client.Client;
import io.waymark.client.ClientStatus;
import io.waymark.client.Stage;
import io.waymark.common.Clocks;
import io.waymark.employer.EmployerEngagement;
import io.waymark.fidelity.FidelityPrefill.Indicator;
import io.waymark.fidelity.FidelityPrefill.ItemEvidence;
import io.waymark.lists.ClosureReason;
import io.waymark.outcome.JobOutcome;
import io.waymark.outcome.OutcomeType;
import io.waymark.pathway.StageMove;
import io.waymark.staff.Staff;
import io.waymark.staff.Team;
import io.waymark.staff.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a team's case data says about the fidelity items it can evidence, with the suggested score and the
 * calculation shown. The score bands follow the IPS Fidelity Scale; where the scale scores a practice the data can
 * only approximate (follow-along supports), the band is Waymark's and is stated as such in docs/measures.md.
 */
@ApplicationScoped
public class FidelityEvidence {

    /** Employer contacts are counted over the four weeks before the review. */
    static final int CONTACT_WEEKS = 4;
    /** Rapid search, job diversity and competitive jobs look at the year before the review. */
    static final int LOOK_BACK_MONTHS = 12;
    /** Outreach before closing a case for no engagement: so many contacts in so many weeks. */
    static final int OUTREACH_CONTACTS = 3;
    static final int OUTREACH_WEEKS = 8;
    /** IPS Grow expects job-retention cases to be no more than this share of a caseload. */
    static final int RETENTION_SHARE_EXPECTED = 15;

    @Inject
    EntityManager em;

    public FidelityPrefill prefill(Team team, LocalDate asOf) {
        List<Staff> specialists = Staff.list("team = ?1 and teamRole = ?2", team, TeamRole.WORKER);
        List<Client> open = Client.list("worker.team = ?1 and status <> ?2", team, ClientStatus.CLOSED);
        LocalDate yearBefore = asOf.minusMonths(LOOK_BACK_MONTHS);
        List<JobOutcome> jobs = JobOutcome.list("client.worker.team = ?1 and startDate > ?2 and startDate <= ?3",
                team, yearBefore, asOf);
        Map<FidelityItem, ItemEvidence> evidence = new EnumMap<>(FidelityItem.class);
        evidence.put(FidelityItem.CASELOAD_SIZE, caseloadSize(specialists.size(), open.size()));
        evidence.put(FidelityItem.RAPID_SEARCH, rapidSearch(team, yearBefore, asOf));
        evidence.put(FidelityItem.JOB_DEVELOPMENT_FREQUENT_EMPLOYER_CONTACT, employerContacts(team, specialists.size(), asOf));
        evidence.put(FidelityItem.DIVERSITY_OF_JOB_TYPES, diversity(FidelityItem.DIVERSITY_OF_JOB_TYPES, jobs, true));
        evidence.put(FidelityItem.DIVERSITY_OF_EMPLOYERS, diversity(FidelityItem.DIVERSITY_OF_EMPLOYERS, jobs, false));
        evidence.put(FidelityItem.COMPETITIVE_JOBS, competitiveJobs(jobs));
        evidence.put(FidelityItem.TIME_UNLIMITED_FOLLOW_ALONG_SUPPORTS, followAlong(team, asOf));
        evidence.put(FidelityItem.ZERO_EXCLUSION_CRITERIA, zeroExclusion(team, yearBefore, asOf));
        evidence.put(FidelityItem.INDIVIDUALISED_FOLLOW_ALONG_SUPPORTS, inWorkContact(team, asOf));
        evidence.put(FidelityItem.ASSERTIVE_ENGAGEMENT_AND_OUTREACH, outreach(team, yearBefore, asOf));
        evidence.put(FidelityItem.ONGOING_WORK_BASED_ASSESSMENT, profiles(open));
        List<ItemEvidence> items = new ArrayList<>();
        for (FidelityItem item : FidelityItem.values()) {
            items.add(evidence.getOrDefault(item, new ItemEvidence(item, item.section(), item.label(), null, null,
                    "Not evidenced by case data: score it from the review.")));
        }
        return new FidelityPrefill(team.id, team.name, asOf, items, List.of(retentionShare(open)));
    }

    /** IPS: 20 or fewer active clients per specialist scores 5; 21-25, 4; 26-30, 3; 31-40, 2; 41 or more, 1. */
    private static ItemEvidence caseloadSize(int specialists, int openCases) {
        if (specialists == 0) {
            return missing(FidelityItem.CASELOAD_SIZE, "The team has no employment specialists (team role WORKER).");
        }
        BigDecimal perSpecialist = ratio(openCases, specialists);
        int score = band(perSpecialist, false, 20, 25, 30, 40);
        return new ItemEvidence(FidelityItem.CASELOAD_SIZE, FidelityItem.Section.STAFFING,
                FidelityItem.CASELOAD_SIZE.label(), score, perSpecialist + " clients per specialist",
                openCases + " open cases ÷ " + specialists + " specialists = " + perSpecialist
                        + "; 20 or fewer scores 5, 21-25 4, 26-30 3, 31-40 2, 41 or more 1.");
    }

    /**
     * Days from agreeing to take part to the first employer contact for the client (the first step of their first job
     * match), for clients who agreed in the year before the review. IPS: within 30 days scores 5; 31-60, 4; 61-150, 3;
     * 151-270, 2; more, 1. The median is used.
     */
    private ItemEvidence rapidSearch(Team team, LocalDate from, LocalDate asOf) {
        List<Object[]> rows = em.createQuery("""
                select c.consentDate, min(s.stepOn) from JobMatchStep s join s.jobMatch m join m.client c
                 where c.worker.team = :team and c.consentDate > :from and c.consentDate <= :to
                 group by c.id, c.consentDate""", Object[].class)
                .setParameter("team", team).setParameter("from", from).setParameter("to", asOf)
                .getResultList();
        if (rows.isEmpty()) {
            return missing(FidelityItem.RAPID_SEARCH, "No client who agreed to take part in the last year has had an"
                    + " employer contact recorded (a job match) yet.");
        }
        List<Long> days = rows.stream()
                .map(r -> Math.max(0, ChronoUnit.DAYS.between((LocalDate) r[0], (LocalDate) r[1]))).sorted().toList();
        BigDecimal median = median(days);
        int score = band(median, false, 30, 60, 150, 270);
        return new ItemEvidence(FidelityItem.RAPID_SEARCH, FidelityItem.Section.SERVICES,
                FidelityItem.RAPID_SEARCH.label(), score, median + " days (median)",
                "Days from agreeing to take part to the first job match, for " + days.size() + " clients: " + days
                        + "; median " + median + ". Within 30 scores 5, 31-60 4, 61-150 3, 151-270 2, more 1.");
    }

    /** IPS: 6 or more employer contacts a week per specialist scores 5; 5, 4; 3-4, 3; 2, 2; fewer, 1. */
    private static ItemEvidence employerContacts(Team team, int specialists, LocalDate asOf) {
        if (specialists == 0) {
            return missing(FidelityItem.JOB_DEVELOPMENT_FREQUENT_EMPLOYER_CONTACT, "The team has no employment specialists.");
        }
        long contacts = EmployerEngagement.count("staff.team = ?1 and engagedOn > ?2 and engagedOn <= ?3",
                team, asOf.minusWeeks(CONTACT_WEEKS), asOf);
        BigDecimal perWeek = BigDecimal.valueOf(contacts)
                .divide(BigDecimal.valueOf((long) specialists * CONTACT_WEEKS), 2, RoundingMode.HALF_UP);
        int score = perWeek.compareTo(BigDecimal.valueOf(6)) >= 0 ? 5 : perWeek.compareTo(BigDecimal.valueOf(5)) >= 0 ? 4
                : perWeek.compareTo(BigDecimal.valueOf(3)) >= 0 ? 3 : perWeek.compareTo(BigDecimal.valueOf(2)) >= 0 ? 2 : 1;
        return new ItemEvidence(FidelityItem.JOB_DEVELOPMENT_FREQUENT_EMPLOYER_CONTACT, FidelityItem.Section.SERVICES,
                FidelityItem.JOB_DEVELOPMENT_FREQUENT_EMPLOYER_CONTACT.label(), score,
                perWeek + " employer contacts a week per specialist",
                contacts + " employer contacts in the " + CONTACT_WEEKS + " weeks to " + asOf + " ÷ " + specialists
                        + " specialists ÷ " + CONTACT_WEEKS + " weeks = " + perWeek
                        + "; 6 or more scores 5, 5 4, 3-4 3, 2 2, fewer 1.");
    }

    /** IPS: 85% or more different scores 5; 70-84, 4; 55-69, 3; 40-54, 2; less, 1. */
    private static ItemEvidence diversity(FidelityItem item, List<JobOutcome> jobs, boolean types) {
        List<JobOutcome> counted = types ? jobs : jobs.stream().filter(j -> j.employer != null).toList();
        if (counted.isEmpty()) {
            return missing(item, "No jobs " + (types ? "" : "with an employer ") + "started in the last year.");
        }
        Set<Object> distinct = new HashSet<>();
        counted.forEach(j -> distinct.add(types ? j.jobTitle.strip().toLowerCase() : j.employer.id));
        BigDecimal percent = ratio(distinct.size() * 100, counted.size());
        int score = band(percent, true, 85, 70, 55, 40);
        String what = types ? "job types (job titles)" : "employers";
        return new ItemEvidence(item, item.section(), item.label(), score, percent + "% different",
                distinct.size() + " different " + what + " among " + counted.size() + " jobs started in the last year = "
                        + percent + "%; 85% or more scores 5, 70-84 4, 55-69 3, 40-54 2, less 1.");
    }

    /**
     * IPS: 95% or more competitive jobs scores 5; 85-94, 4; 75-84, 3; 65-74, 2; less, 1. Waymark refuses a paid job
     * below the minimum wage, so every recorded job and self-employment is competitive unless it was an apprenticeship.
     */
    private static ItemEvidence competitiveJobs(List<JobOutcome> jobs) {
        if (jobs.isEmpty()) {
            return missing(FidelityItem.COMPETITIVE_JOBS, "No jobs started in the last year.");
        }
        long competitive = jobs.stream().filter(j -> !j.apprentice).count();
        BigDecimal percent = ratio(competitive * 100, jobs.size());
        int score = band(percent, true, 95, 85, 75, 65);
        return new ItemEvidence(FidelityItem.COMPETITIVE_JOBS, FidelityItem.Section.SERVICES,
                FidelityItem.COMPETITIVE_JOBS.label(), score, percent + "% competitive",
                competitive + " of " + jobs.size() + " jobs started in the last year are paid at least the minimum wage"
                        + " in the open labour market = " + percent + "%; 95% or more scores 5, 85-94 4, 75-84 3, 65-74 2, less 1.");
    }

    /**
     * How long in-work support has lasted for the team's clients who entered it: from entering it to leaving it (or to
     * the review). Waymark's bands for the time-unlimited item: a median of a year or more scores 5; 26 weeks, 4;
     * 13 weeks, 3; 4 weeks, 2; less, 1.
     */
    private static ItemEvidence followAlong(Team team, LocalDate asOf) {
        List<StageMove> moves = StageMove.list("client.worker.team = ?1 and movedOn <= ?2 order by client.id, movedOn, recordedAt",
                team, asOf);
        Map<UUID, LocalDate> entered = new LinkedHashMap<>();
        List<BigDecimal> weeks = new ArrayList<>();
        for (StageMove move : moves) {
            UUID client = move.client.id;
            if (move.toStage == Stage.IN_WORK_SUPPORT && !entered.containsKey(client)) {
                entered.put(client, move.movedOn);
            } else if (entered.containsKey(client) && entered.get(client) != null && move.fromStage == Stage.IN_WORK_SUPPORT) {
                weeks.add(weeksBetween(entered.get(client), move.movedOn));
                entered.put(client, null);
            }
        }
        entered.values().stream().filter(Objects::nonNull).forEach(from -> weeks.add(weeksBetween(from, asOf)));
        if (weeks.isEmpty()) {
            return missing(FidelityItem.TIME_UNLIMITED_FOLLOW_ALONG_SUPPORTS, "No client of the team has had in-work support yet.");
        }
        List<BigDecimal> sorted = weeks.stream().sorted().toList();
        BigDecimal median = medianOf(sorted);
        int score = median.compareTo(BigDecimal.valueOf(52)) >= 0 ? 5 : median.compareTo(BigDecimal.valueOf(26)) >= 0 ? 4
                : median.compareTo(BigDecimal.valueOf(13)) >= 0 ? 3 : median.compareTo(BigDecimal.valueOf(4)) >= 0 ? 2 : 1;
        return new ItemEvidence(FidelityItem.TIME_UNLIMITED_FOLLOW_ALONG_SUPPORTS, FidelityItem.Section.SERVICES,
                FidelityItem.TIME_UNLIMITED_FOLLOW_ALONG_SUPPORTS.label(), score, median + " weeks of in-work support (median)",
                "Weeks of in-work support for " + sorted.size() + " clients: " + sorted + "; median " + median
                        + ". Waymark's bands: 52 or more scores 5, 26-51 4, 13-25 3, 4-12 2, fewer 1.");
    }

    /**
     * Referrals of the last year to the team that were closed as no longer eligible: anyone who wants to work is
     * eligible under IPS. Waymark's bands: none excluded scores 5; up to 5%, 4; up to 10%, 3; up to 20%, 2; more, 1.
     */
    private static ItemEvidence zeroExclusion(Team team, LocalDate from, LocalDate asOf) {
        long referred = Client.count("team = ?1 and referralDate > ?2 and referralDate <= ?3", team, from, asOf);
        if (referred == 0) {
            return missing(FidelityItem.ZERO_EXCLUSION_CRITERIA, "No referrals to the team in the last year.");
        }
        long excluded = Client.count("team = ?1 and referralDate > ?2 and referralDate <= ?3 and closureReason = ?4",
                team, from, asOf, ClosureReason.NO_LONGER_ELIGIBLE);
        BigDecimal percent = ratio(excluded * 100, referred);
        int score = band(percent, false, 0, 5, 10, 20);
        return new ItemEvidence(FidelityItem.ZERO_EXCLUSION_CRITERIA, FidelityItem.Section.ORGANISATION,
                FidelityItem.ZERO_EXCLUSION_CRITERIA.label(), score, percent + "% of referrals excluded",
                excluded + " of " + referred + " referrals in the last year were closed as no longer eligible = "
                        + percent + "%. Waymark's bands: none scores 5, up to 5% 4, up to 10% 3, up to 20% 2, more 1.");
    }

    /**
     * Follow-along support kept up: of the team's open cases in in-work support, those with a contact in the four
     * weeks before the review. Waymark's bands: 90% or more scores 5; 75-89, 4; 60-74, 3; 40-59, 2; less, 1.
     */
    private ItemEvidence inWorkContact(Team team, LocalDate asOf) {
        List<Client> inWork = Client.list("team = ?1 and status <> ?2 and currentStage = ?3", team, ClientStatus.CLOSED,
                Stage.IN_WORK_SUPPORT);
        if (inWork.isEmpty()) {
            return missing(FidelityItem.INDIVIDUALISED_FOLLOW_ALONG_SUPPORTS, "No open case of the team is in in-work support.");
        }
        long contacted = em.createQuery("""
                select count(distinct c.client) from Contact c
                 where c.client in :clients and c.happenedAt > :from and c.happenedAt <= :to""", Long.class)
                .setParameter("clients", inWork)
                .setParameter("from", asOf.minusWeeks(CONTACT_WEEKS).plusDays(1).atStartOfDay(Clocks.UK).toOffsetDateTime())
                .setParameter("to", asOf.plusDays(1).atStartOfDay(Clocks.UK).toOffsetDateTime())
                .getSingleResult();
        BigDecimal percent = ratio(contacted * 100, inWork.size());
        int score = band(percent, true, 90, 75, 60, 40);
        return new ItemEvidence(FidelityItem.INDIVIDUALISED_FOLLOW_ALONG_SUPPORTS, FidelityItem.Section.SERVICES,
                FidelityItem.INDIVIDUALISED_FOLLOW_ALONG_SUPPORTS.label(), score, percent + "% contacted in work",
                contacted + " of " + inWork.size() + " open cases in in-work support had a contact in the "
                        + CONTACT_WEEKS + " weeks to " + asOf + " = " + percent + "% (how often, not how individual the"
                        + " support was). Waymark's bands: 90% or more scores 5, 75-89 4, 60-74 3, 40-59 2, less 1.");
    }

    /**
     * Cases of the last year closed for no engagement, and how many of them had at least three contacts (attempts
     * included) in the eight weeks before closing. Waymark's bands: 90% or more scores 5; 75-89, 4; 60-74, 3;
     * 40-59, 2; less, 1.
     */
    private ItemEvidence outreach(Team team, LocalDate from, LocalDate asOf) {
        List<Client> lost = Client.list("team = ?1 and closureReason = ?2 and closedOn > ?3 and closedOn <= ?4", team,
                ClosureReason.NO_ENGAGEMENT, from, asOf);
        if (lost.isEmpty()) {
            return missing(FidelityItem.ASSERTIVE_ENGAGEMENT_AND_OUTREACH, "No case of the team was closed for no"
                    + " engagement in the last year.");
        }
        // The contacts of all of them in one query, each then counted in its own client's weeks before closing.
        Map<UUID, List<LocalDate>> contacted = new java.util.HashMap<>();
        em.createQuery("select c.client.id, c.happenedAt from Contact c where c.client in :lost", Object[].class)
                .setParameter("lost", lost).getResultList()
                .forEach(row -> contacted.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                        .add(((java.time.OffsetDateTime) row[1]).atZoneSameInstant(Clocks.UK).toLocalDate()));
        long reachedOut = lost.stream().filter(client -> contacted.getOrDefault(client.id, List.of()).stream()
                .filter(day -> !day.isBefore(client.closedOn.minusWeeks(OUTREACH_WEEKS)) && !day.isAfter(client.closedOn))
                .count() >= OUTREACH_CONTACTS).count();
        BigDecimal percent = ratio(reachedOut * 100, lost.size());
        int score = band(percent, true, 90, 75, 60, 40);
        return new ItemEvidence(FidelityItem.ASSERTIVE_ENGAGEMENT_AND_OUTREACH, FidelityItem.Section.SERVICES,
                FidelityItem.ASSERTIVE_ENGAGEMENT_AND_OUTREACH.label(), score, percent + "% with outreach before closing",
                reachedOut + " of " + lost.size() + " cases closed for no engagement in the last year had "
                        + OUTREACH_CONTACTS + " or more contacts in the " + OUTREACH_WEEKS + " weeks before closing = "
                        + percent + "%. Waymark's bands: 90% or more scores 5, 75-89 4, 60-74 3, 40-59 2, less 1.");
    }

    /** Open cases whose current job is a retained one, against IPS Grow's expected 15% or less. */
    private static Indicator retentionShare(List<Client> open) {
        Set<UUID> retaining = new HashSet<>(open.isEmpty() ? List.of() : JobOutcome.<JobOutcome>list(
                "client in ?1 and type = ?2 and endDate is null", open, OutcomeType.RETAINED).stream()
                .map(j -> j.client.id).toList());
        BigDecimal percent = open.isEmpty() ? BigDecimal.ZERO : ratio(retaining.size() * 100, open.size());
        return new Indicator("Job-retention cases", percent + "% of open cases",
                retaining.size() + " of " + open.size() + " open cases are keeping a job they held (a current retained job)"
                        + " = " + percent + "%; IPS Grow expects " + RETENTION_SHARE_EXPECTED + "% or less.");
    }

    private static ItemEvidence missing(FidelityItem item, String why) {
        return new ItemEvidence(item, item.section(), item.label(), null, null, why);
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal weeksBetween(LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<Long> sorted) {
        return medianOf(sorted.stream().map(BigDecimal::valueOf).toList());
    }

    private static BigDecimal medianOf(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).setScale(1, RoundingMode.HALF_UP)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /**
     * A vocational profile written with the client, for each open case past engagement (the profile is stage two's
     * work). Waymark's bands: 90% or more scores 5; 75-89, 4; 60-74, 3; 40-59, 2; less, 1.
     */
    private ItemEvidence profiles(List<Client> open) {
        List<Client> pastEngagement = open.stream().filter(c -> c.currentStage != Stage.ENGAGEMENT).toList();
        if (pastEngagement.isEmpty()) {
            return missing(FidelityItem.ONGOING_WORK_BASED_ASSESSMENT, "No open case of the team is past engagement.");
        }
        long profiled = em.createQuery("select count(distinct p.clientId) from VocationalProfile p"
                        + " where p.clientId in :clients", Long.class)
                .setParameter("clients", pastEngagement.stream().map(c -> c.id).toList()).getSingleResult();
        BigDecimal percent = ratio(profiled * 100, pastEngagement.size());
        return new ItemEvidence(FidelityItem.ONGOING_WORK_BASED_ASSESSMENT, FidelityItem.Section.SERVICES,
                FidelityItem.ONGOING_WORK_BASED_ASSESSMENT.label(), band(percent, true, 90, 75, 60, 40),
                percent + "% with a vocational profile", profiled + " of " + pastEngagement.size()
                        + " open cases past engagement have a vocational profile written with the client = " + percent
                        + "% (that it is kept up to date with each job is for the reviewers). Waymark's bands: 90% or"
                        + " more scores 5, 75-89 4, 60-74 3, 40-59 2, less 1.");
    }

    /**
     * The score of a figure against four limits: for "lower is better" (caseloads, days) a figure at or below the
     * first limit scores 5; for "higher is better" (percentages) at or above the first scores 5.
     */
    private static int band(BigDecimal figure, boolean higherIsBetter, int... limits) {
        for (int i = 0; i < limits.length; i++) {
            BigDecimal limit = BigDecimal.valueOf(limits[i]);
            if (higherIsBetter ? figure.compareTo(limit) >= 0 : figure.compareTo(limit) <= 0) {
                return 5 - i;
            }
        }
        return 1;
    }
}
