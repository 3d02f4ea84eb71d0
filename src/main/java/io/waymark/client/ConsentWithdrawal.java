package io.waymark.client;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A client withdrawing their consent, from a date (today when left out). */
public record ConsentWithdrawal(@PastOrPresent LocalDate withdrawnOn) {
}
