package io.waymark.client;

import io.waymark.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Finds the organisation's records that are likely the same person: the same National Insurance number, phone or
 * email, or the same date of birth with a similar name (Jaro-Winkler similarity of the normalised first names and
 * surnames, so that "Jon Smyth" finds "John Smith", and "Smith John" typed the wrong way round is found too).
 */
@ApplicationScoped
public class DuplicateFinder {

    /** Names this similar (Jaro-Winkler, 0 to 1) with the same date of birth are likely the same person. */
    static final double SIMILAR_SURNAME = 0.88;
    static final double SIMILAR_FIRST_NAME = 0.8;
    static final int PHONE_DIGITS = 10;

    @Inject
    EntityManager em;

    @Inject
    OrganisationService organisations;

    public List<DuplicateCandidate> likelyDuplicates(DuplicateQuery query) {
        String ni = normalisedInsuranceNumber(query.nationalInsuranceNumber());
        String phone = phoneDigits(query.phone());
        String email = emailOf(query.email());
        if (query.dateOfBirth() == null && ni == null && phone == null && email == null) {
            return List.of();
        }
        // Native for the phone expression, so the organisation is named here; the records are then loaded by id
        // through Hibernate's tenant filter as well.
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select id from client
                 where organisation_code = :org and merged_into is null and id <> :excluding
                   and (date_of_birth = cast(:dob as date)
                        or national_insurance_number = cast(:ni as text)
                        or lower(email) = cast(:email as text)
                        or right(regexp_replace(phone, '[^0-9]', '', 'g'), 10) = cast(:phone as text))
                 limit 50""")
                .setParameter("org", organisations.current().code)
                .setParameter("excluding", query.excluding() == null ? new UUID(0, 0) : query.excluding())
                .setParameter("dob", query.dateOfBirth())
                .setParameter("ni", ni)
                .setParameter("email", email)
                .setParameter("phone", phone)
                .getResultList();
        List<DuplicateCandidate> candidates = new ArrayList<>();
        if (ids.isEmpty()) {
            return candidates;
        }
        for (Client client : Client.<Client>list("id in ?1 order by reference", ids)) {
            Known known = Known.of(client);
            List<String> reasons = reasons(query, known);
            if (!reasons.isEmpty()) {
                candidates.add(new DuplicateCandidate(client.id, client.reference,
                        client.firstName + " " + client.lastName, client.dateOfBirth, client.status, reasons));
            }
        }
        return candidates;
    }

    /** What the check compares of a person already known: a client in Waymark, or an earlier row of an import. */
    public record Known(UUID id, String reference, String firstName, String preferredName, String lastName,
            LocalDate dateOfBirth, String nationalInsuranceNumber, String phone, String email) {

        static Known of(Client client) {
            return new Known(client.id, client.reference, client.firstName, client.preferredName, client.lastName,
                    client.dateOfBirth, client.nationalInsuranceNumber, client.phone, client.email);
        }

        /** The values a likely duplicate shares at least one of: what {@link Index} files the person under. */
        private List<String> keys() {
            return keysOf(dateOfBirth, normalisedInsuranceNumber(nationalInsuranceNumber), phoneDigits(phone),
                    emailOf(email));
        }
    }

    /** Why the person asked about is likely the known one, in words; empty when they are not alike. */
    public static List<String> reasons(DuplicateQuery query, Known known) {
        String ni = normalisedInsuranceNumber(query.nationalInsuranceNumber());
        String phone = phoneDigits(query.phone());
        String email = emailOf(query.email());
        List<String> reasons = new ArrayList<>();
        if (ni != null && ni.equals(normalisedInsuranceNumber(known.nationalInsuranceNumber()))) {
            reasons.add("same National Insurance number");
        }
        if (phone != null && phone.equals(phoneDigits(known.phone()))) {
            reasons.add("same phone number");
        }
        if (email != null && email.equals(emailOf(known.email()))) {
            reasons.add("same email address");
        }
        if (query.dateOfBirth() != null && query.dateOfBirth().equals(known.dateOfBirth())
                && similarNames(query.firstName(), query.lastName(), known)) {
            reasons.add("same date of birth and a similar name");
        }
        return reasons;
    }

    /**
     * People held in memory to check many at once with the same rule (an import's rows, against the organisation's
     * clients and the rows before them): one read of the organisation's clients instead of a query a row.
     */
    public static final class Index {
        private final Map<String, List<Known>> byKey = new HashMap<>();

        public void add(Known known) {
            known.keys().forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(known));
        }

        /** The known people likely the same as the one asked about, each once, with why. */
        public Map<Known, List<String>> likely(DuplicateQuery query) {
            Map<Known, List<String>> likely = new LinkedHashMap<>();
            for (String key : keysOf(query.dateOfBirth(), normalisedInsuranceNumber(query.nationalInsuranceNumber()),
                    phoneDigits(query.phone()), emailOf(query.email()))) {
                for (Known known : byKey.getOrDefault(key, List.of())) {
                    if (!likely.containsKey(known)) {
                        List<String> reasons = reasons(query, known);
                        if (!reasons.isEmpty()) {
                            likely.put(known, reasons);
                        }
                    }
                }
            }
            return likely;
        }
    }

    /** The organisation's clients (not merged away), in an {@link Index}. */
    public Index index() {
        Index index = new Index();
        em.createQuery("""
                select new io.waymark.client.DuplicateFinder$Known(c.id, c.reference, c.firstName, c.preferredName,
                       c.lastName, c.dateOfBirth, c.nationalInsuranceNumber, c.phone, c.email)
                from Client c where c.mergedInto is null""", Known.class).getResultList().forEach(index::add);
        return index;
    }

    private static List<String> keysOf(LocalDate dateOfBirth, String ni, String phone, String email) {
        List<String> keys = new ArrayList<>();
        if (dateOfBirth != null) {
            keys.add("born " + dateOfBirth);
        }
        if (ni != null) {
            keys.add("NI " + ni);
        }
        if (phone != null) {
            keys.add("phone " + phone);
        }
        if (email != null) {
            keys.add("email " + email);
        }
        return keys;
    }

    private static String emailOf(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.UK);
    }

    private static boolean similarNames(String firstName, String lastName, Known known) {
        String first = words(firstName);
        String last = words(lastName);
        for (String existingFirst : known.preferredName() == null ? List.of(known.firstName())
                : List.of(known.firstName(), known.preferredName())) {
            String knownFirst = words(existingFirst);
            String knownLast = words(known.lastName());
            if (similar(first, last, knownFirst, knownLast) || similar(last, first, knownFirst, knownLast)) {
                return true;
            }
        }
        return false;
    }

    /** Surnames almost the same (Smith, Smyth) and first names alike (Alistair, Alasdair; Jon, John). */
    private static boolean similar(String first, String last, String knownFirst, String knownLast) {
        return jaroWinkler(last, knownLast) >= SIMILAR_SURNAME && jaroWinkler(first, knownFirst) >= SIMILAR_FIRST_NAME;
    }

    /** Lower case, accents and punctuation removed: "Seán O'Neill" and "sean oneill" are the same words. */
    public static String words(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.UK).replaceAll("[^a-z ]", "").strip();
    }

    public static String normalisedInsuranceNumber(String number) {
        return number == null || number.isBlank() ? null : number.replace(" ", "").toUpperCase(Locale.UK);
    }

    /** The last ten digits, so that "+44 7700 900123" and "07700 900123" match. */
    public static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < 6 ? null : digits.substring(Math.max(0, digits.length() - PHONE_DIGITS));
    }

    /** Jaro-Winkler similarity, 0 (nothing alike) to 1 (the same). */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
