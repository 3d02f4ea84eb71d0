package io.waymark.fidelity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item's score in a review, with the reviewers' notes and the evidence they saw. */
@Embeddable
public class FidelityScore {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FidelityItem item;

    @Column(nullable = false)
    public int score;

    public String notes;

    public String evidence;
}
