package io.waymark.client;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What someone typed into "Find a client", read as everything it could be: a reference, part of a name (with typos
 * allowed), a date of birth, a phone number, an email address, a postcode or a National Insurance number.
 */
record ClientText(String lowered, LocalDate dateOfBirth, String phoneDigits, String email, String postcode,
        String insuranceNumber) {

    /** How alike a typed name must be to a client's name (pg_trgm word similarity, 0 to 1). */
    static final double NAME_SIMILARITY = 0.5;

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{7,}");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");
    private static final Pattern INSURANCE_NUMBER = Pattern.compile("[A-Z]{2}[0-9]{6}[A-D]");

    static ClientText parse(String typed) {
        String text = typed.strip();
        String compact = text.replace(" ", "").toUpperCase(Locale.UK);
        String digits = text.replaceAll("[^0-9]", "");
        return new ClientText(text.toLowerCase(Locale.UK), date(text),
                PHONE.matcher(text).matches() && digits.length() >= 7
                        ? digits.substring(Math.max(0, digits.length() - DuplicateFinder.PHONE_DIGITS)) : null,
                text.contains("@") ? text.toLowerCase(Locale.UK) : null,
                POSTCODE.matcher(compact).matches() ? compact : null,
                INSURANCE_NUMBER.matcher(compact).matches() ? compact : null);
    }

    /**
     * The SQL condition on {@code c}, the client: any of the readings matches. The name is matched as the trigram index
     * of migration V17 holds it.
     */
    String condition(Map<String, Object> parameters) {
        List<String> any = new ArrayList<>(List.of("lower(c.reference) = :text",
                "lower(c.first_name || ' ' || c.last_name) like :part",
                "lower(coalesce(c.preferred_name, '')) like :part",
                "word_similarity(:text, lower(c.first_name || ' ' || c.last_name)) >= " + NAME_SIMILARITY));
        parameters.put("text", lowered);
        parameters.put("part", "%" + lowered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        if (dateOfBirth != null) {
            any.add("c.date_of_birth = :dateOfBirth");
            parameters.put("dateOfBirth", dateOfBirth);
        }
        if (phoneDigits != null) {
            any.add("right(regexp_replace(coalesce(c.phone, ''), '[^0-9]', '', 'g'), "
                    + DuplicateFinder.PHONE_DIGITS + ") = :phone");
            parameters.put("phone", phoneDigits);
        }
        if (email != null) {
            any.add("lower(c.email) = :email");
            parameters.put("email", email);
        }
        if (postcode != null) {
            any.add("upper(replace(c.postcode, ' ', '')) = :postcode");
            parameters.put("postcode", postcode);
        }
        if (insuranceNumber != null) {
            any.add("upper(replace(c.national_insurance_number, ' ', '')) = :insuranceNumber");
            parameters.put("insuranceNumber", insuranceNumber);
        }
        return "(" + String.join(" or ", any) + ")";
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThis) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}
