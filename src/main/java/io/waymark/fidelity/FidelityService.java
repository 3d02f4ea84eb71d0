package io.waymark.fidelity;

import io.waymark.common.InvalidInput;
import io.waymark.common.Problem;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** IPS fidelity reviews: the form pre-filled from case data, the review's rules, and each item's trend. */
@ApplicationScoped
public class FidelityService {

    @Inject
    FidelityEvidence evidence;

    @Inject
    CurrentStaff currentStaff;

    public FidelityPrefill prefill(UUID teamId, LocalDate asOf) {
        return evidence.prefill(team(teamId), asOf);
    }

    /** Records a review: every item scored exactly once; the total and band follow from the scores. */
    @Transactional
    public FidelityReview record(FidelityReviewRequest request) {
        Set<FidelityItem> seen = EnumSet.noneOf(FidelityItem.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.scores().size(); i++) {
            if (!seen.add(request.scores().get(i).item())) {
                errors.add(new Problem.FieldError("scores[" + i + "].item", "is scored twice"));
            }
        }
        Set<FidelityItem> missing = EnumSet.allOf(FidelityItem.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            errors.add(new Problem.FieldError("scores", "every item needs a score; missing: " + missing));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        FidelityReview review = new FidelityReview();
        review.team = request.teamId() == null ? null : team(request.teamId());
        review.kind = request.kind();
        review.reviewedOn = request.reviewedOn();
        review.reviewers = request.reviewers().strip();
        review.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        for (ScoreRequest s : request.scores()) {
            FidelityScore score = new FidelityScore();
            score.item = s.item();
            score.score = s.score();
            score.notes = s.notes() == null || s.notes().isBlank() ? null : s.notes().strip();
            score.evidence = s.evidence() == null || s.evidence().isBlank() ? null : s.evidence().strip();
            review.scores.add(score);
        }
        review.total = review.scores.stream().mapToInt(s -> s.score).sum();
        review.band = FidelityBand.of(review.total);
        review.recordedBy = currentStaff.get();
        review.persist();
        return review;
    }

    public FidelityReview get(UUID id) {
        return FidelityReview.findExisting(id);
    }

    /** The reviews of a team (or, with no team, of the whole organisation), newest first. */
    public List<FidelityReview> list(UUID teamId) {
        return teamId == null ? FidelityReview.list("order by reviewedOn desc")
                : FidelityReview.list("team = ?1 order by reviewedOn desc", team(teamId));
    }

    /** Each item's scores over the team's reviews, oldest first. */
    public FidelityTrend trend(UUID teamId) {
        List<FidelityReview> reviews = new ArrayList<>(list(teamId));
        Collections.reverse(reviews);
        List<FidelityTrend.ItemScores> items = new ArrayList<>();
        for (FidelityItem item : FidelityItem.values()) {
            items.add(new FidelityTrend.ItemScores(item, item.label(), reviews.stream()
                    .map(r -> r.scores.stream().filter(s -> s.item == item).findFirst().map(s -> s.score).orElse(null))
                    .toList()));
        }
        return new FidelityTrend(reviews.stream().map(r -> r.reviewedOn).toList(),
                reviews.stream().map(r -> r.total).toList(), items);
    }

    private static Team team(UUID id) {
        Team team = Team.findById(id);
        if (team == null) {
            throw new InvalidInput("teamId", "there is no team with this id");
        }
        return team;
    }
}
