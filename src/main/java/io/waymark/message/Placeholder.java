package io.waymark.message;

/** A value a message's wording may use, written {name}: what it means, and what a preview shows for it. */
public enum Placeholder {
    NAME("name", "The client's preferred name, or their first name", "Sam"),
    WHEN("when", "The day and time of the assessment", "Tuesday 8 December 2026 at 10:30am"),
    PLACE("place", "Where the assessment is", "Govan Community Hub, room 2"),
    ADVISOR("advisor", "The health and wellbeing advisor", "Hana Advisor"),
    WORKER("worker", "Who planned the contact", "Cara Worker"),
    HOW("how", "How they will be in touch: will phone you, will meet you, will call you by video, ...",
            "will phone you"),
    TIME("time", "The time of the contact", "14:00"),
    JOB("job", "The job's title", "kitchen assistant"),
    SINCE("since", "How long since the job started", "13 weeks"),
    ORGANISATION("organisation", "Your organisation's name", null);

    private final String key;
    private final String meaning;
    private final String example;

    Placeholder(String key, String meaning, String example) {
        this.key = key;
        this.meaning = meaning;
        this.example = example;
    }

    /** As written in a template, without its braces. */
    public String key() {
        return key;
    }

    public String meaning() {
        return meaning;
    }

    /** What a preview shows; the organisation's own name for {@link #ORGANISATION}. */
    String example(String organisation) {
        return this == ORGANISATION ? organisation : example;
    }
}
