package io.waymark.profile;

import java.time.LocalDate;
import java.util.UUID;

/** A version of a client's vocational profile: which, when and by whom it was written, and its words. */
public record ProfileView(UUID clientId, int number, LocalDate writtenOn, String writtenBy, ProfileWords words) {

    /** A version as the list of versions shows it. */
    public record Version(int number, LocalDate writtenOn, String writtenBy) {
    }
}
