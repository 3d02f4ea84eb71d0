package io.waymark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A commissioner reading a report as an attacker would, from its JSON alone and apart from the service's own
 * {@link Disclosure}: every sum the report's figures make (the kinds of job to the people with a job, each breakdown
 * to the whole service, a count and what is left of its total, the hours bands, the answers at a check, each quarter
 * of the trend) narrows the range of every hidden count, again and again until nothing changes.
 */
final class SubtractionAttack {

    private static final long UNKNOWN = 1_000_000;

    private final Map<String, long[]> ranges = new LinkedHashMap<>();
    private final Map<String, Boolean> small = new LinkedHashMap<>();
    private final List<List<String>> sums = new ArrayList<>();
    private int implied;
    private int published;
    private int shown;

    /** A published figure: a number is known, "<5" is 1 to 4, "suppressed" may be anything, 0 included. */
    String cell(String name, Object shown) {
        published++;
        if (shown instanceof Number number) {
            this.shown++;
            ranges.put(name, new long[] {number.longValue(), number.longValue()});
        } else if ("<5".equals(shown)) {
            ranges.put(name, new long[] {1, 4});
            small.put(name, true);
        } else {
            ranges.put(name, new long[] {0, UNKNOWN});
        }
        return name;
    }

    /** What is left of a total once a part is taken away: unknown, but a count of people all the same. */
    String left(String total, String part) {
        String name = total + " - " + part + " #" + implied++;
        ranges.put(name, new long[] {0, UNKNOWN});
        small.put(name, true);
        sum(total, List.of(part, name));
        return name;
    }

    void sum(String total, List<String> parts) {
        List<String> line = new ArrayList<>();
        line.add(total);
        line.addAll(parts);
        sums.add(line);
    }

    /** The share of published counts shown exactly. */
    double shownShare() {
        return (double) shown / published;
    }

    int hiddenCounts() {
        return (int) ranges.values().stream().filter(r -> r[0] != r[1]).count();
    }

    /** The report's JSON, read by paths such as {@code byGender[1].peopleSupported}. */
    private record Report(JsonNode root) {

        JsonNode node(String path) {
            JsonNode node = root;
            for (String step : path.split("\\.")) {
                int bracket = step.indexOf('[');
                node = node.path(bracket < 0 ? step : step.substring(0, bracket));
                if (bracket >= 0) {
                    node = node.path(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
                }
            }
            return node;
        }

        Object get(String path) {
            JsonNode node = node(path);
            return node.isNumber() ? node.numberValue() : node.asText();
        }

        List<JsonNode> getList(String path) {
            List<JsonNode> items = new ArrayList<>();
            node(path).forEach(items::add);
            return items;
        }
    }

    void read(String json) {
        Report report;
        try {
            report = new Report(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> whole = cohort(report, "total");
        for (String breakdown : List.of("bySupportLevel", "byAgeBand", "byGender", "byLocalAuthority", "byProvider")) {
            if (report.node(breakdown).isMissingNode()) {
                continue; // only a national report is by provider
            }
            List<Map<String, String>> groups = new ArrayList<>();
            for (int i = 0; i < report.getList(breakdown).size(); i++) {
                groups.add(cohort(report, breakdown + "[" + i + "]"));
            }
            for (String measure : whole.keySet()) {
                sum(whole.get(measure), groups.stream().map(g -> g.get(measure)).toList());
            }
        }
        for (int i = 0; i < report.getList("byClientGroup").size(); i++) {
            cohort(report, "byClientGroup[" + i + "]");
        }
        List<String> types = List.of("gained", "retained", "selfEmployed");
        for (int i = 0; i < 3; i++) {
            sum(whole.get(types.get(i)), List.of(cell("outcomeTypes[" + i + "]", report.get("outcomeTypes[" + i + "].count"))));
        }
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < report.getList("hours.bands").size(); i++) {
            bands.add(cell("hours.bands[" + i + "]", report.get("hours.bands[" + i + "].count")));
        }
        sum(whole.get("peopleWithJobOutcome"), bands);
        sum(whole.get("sixteenHoursOrMore"), bands.subList(2, bands.size()));
        sum(whole.get("sixteenHoursOrMore"), List.of(cell("hours.sixteenOrMore", report.get("hours.sixteenOrMore"))));
        for (int i = 0; i < report.getList("sustainment").size(); i++) {
            String due = cell("sustainment[" + i + "].due", report.get("sustainment[" + i + "].due"));
            left(due, cell("sustainment[" + i + "].inWork", report.get("sustainment[" + i + "].inWork")));
        }
        for (int i = 0; i < report.getList("sustainmentAnswers").size(); i++) {
            String at = "sustainmentAnswers[" + i + "]";
            List<String> answers = new ArrayList<>();
            for (String answer : List.of("inEmployment", "notInEmployment", "noEngagement", "unknown", "unanswered")) {
                answers.add(cell(at + "." + answer, report.get(at + "." + answer)));
            }
            sum(cell(at + ".due", report.get(at + ".due")), answers);
        }
        for (int i = 0; i < report.getList("stageFunnel").size(); i++) {
            left(whole.get("peopleSupported"), cell("stageFunnel[" + i + "]", report.get("stageFunnel[" + i + "].count")));
        }
        for (int i = 0; i < report.getList("trend").size(); i++) {
            left(cell("trend[" + i + "].peopleSupported", report.get("trend[" + i + "].peopleSupported")),
                    cell("trend[" + i + "].peopleWithJobOutcome", report.get("trend[" + i + "].peopleWithJobOutcome")));
        }
    }

    /** A cohort's counts and the sums within it. */
    private Map<String, String> cohort(Report report, String path) {
        Map<String, String> counts = new LinkedHashMap<>();
        for (String measure : List.of("peopleSupported", "peopleWithJobOutcome", "gained", "retained", "selfEmployed",
                "sixteenHoursOrMore", "supportUnder7Hours", "support7To40Hours", "supportOver40Hours")) {
            counts.put(measure, cell(path + "." + measure, report.get(path + "." + measure)));
        }
        sum(counts.get("peopleWithJobOutcome"), List.of(counts.get("gained"), counts.get("retained"), counts.get("selfEmployed")));
        sum(counts.get("peopleSupported"), List.of(counts.get("supportUnder7Hours"), counts.get("support7To40Hours"),
                counts.get("supportOver40Hours")));
        left(counts.get("peopleSupported"), counts.get("peopleWithJobOutcome"));
        left(counts.get("peopleWithJobOutcome"), counts.get("sixteenHoursOrMore"));
        return counts;
    }

    /** Every small count whose range narrowed to one value; for a count left to subtract, only when it is 1 to 4. */
    List<String> pinned() {
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            for (List<String> line : sums) {
                narrowed |= narrow(line);
            }
        }
        List<String> pinned = new ArrayList<>();
        small.keySet().forEach(name -> {
            long[] r = ranges.get(name);
            if (r[0] == r[1] && r[0] >= 1 && r[0] <= 4) {
                pinned.add(name + " = " + r[0]);
            }
        });
        return pinned;
    }

    private boolean narrow(List<String> line) {
        long[] total = ranges.get(line.get(0));
        List<long[]> parts = line.subList(1, line.size()).stream().map(ranges::get).toList();
        boolean changed = set(total, parts.stream().mapToLong(p -> p[0]).sum(),
                Math.min(UNKNOWN, parts.stream().mapToLong(p -> p[1]).sum()));
        for (long[] part : parts) {
            long othersLo = parts.stream().filter(p -> p != part).mapToLong(p -> p[0]).sum();
            long othersHi = Math.min(UNKNOWN, parts.stream().filter(p -> p != part).mapToLong(p -> p[1]).sum());
            changed |= set(part, total[0] - othersHi, total[1] - othersLo);
        }
        return changed;
    }

    private static boolean set(long[] range, long lo, long hi) {
        boolean changed = false;
        if (lo > range[0]) {
            range[0] = lo;
            changed = true;
        }
        if (hi < range[1]) {
            range[1] = hi;
            changed = true;
        }
        return changed;
    }
}
