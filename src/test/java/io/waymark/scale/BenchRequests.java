package io.waymark.scale;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes the requests the benchmarks send (src/bench/run.sh): for each scenario a file of lines "method, path, bearer
 * token, body" for wrk's requests.lua, over many workers and team leads of the data {@link DataGenerator} made, with
 * tokens signed by the given key (the service under test checks them with the public half). The ids follow the
 * generator's numbering, as src/bench/pgbench_from_log.py does for the bare-SQL side.
 *
 * <p>Arguments: private key (PKCS#8 PEM), output directory, number of users, quarter of the provider report.
 * Prints the first user's organisation and client numbers: every file's first line is theirs.
 */
public final class BenchRequests {

    /** Clients per organisation at scale 1 (a million over 300), and the open cases at the end of each block. */
    static final int CLIENTS_PER_ORGANISATION = 3334;
    static final int WAITING = 33;
    static final int OPEN_CASES = 400;
    /** What workers type into "Find a client" (the generated names are 16 first and 16 last names). */
    static final String[] SEARCHES = {"murra", "Isla%20Robertsn", "{ref}", "Kirsty%20Paterson", "14%2F03%2F1991",
            "07700%20900123", "Hamish", "mcdonald"};

    /** The organisation the import scenario takes its files into (and then undoes). */
    static final int IMPORTING = Integer.getInteger("waymark.import.organisation", 300);

    private BenchRequests() {
    }

    public static void main(String[] args) throws Exception {
        String pem = Files.readString(Path.of(args[0])).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Path out = Files.createDirectories(Path.of(args[1]));
        int users = Integer.parseInt(args[2]);
        String quarter = args[3];
        Random random = new Random(42);
        try (Scenarios files = new Scenarios(out)) {
            for (int u = 0; u < users; u++) {
                int organisation = 1 + random.nextInt(299); // the 300th is smaller than the rest
                int k = CLIENTS_PER_ORGANISATION - WAITING - random.nextInt(OPEN_CASES);
                long client = (long) (organisation - 1) * CLIENTS_PER_ORGANISATION + k;
                int slot = 1 + k % 20 + k % 20 / 5;
                int team = 1 + (slot - 1) / 6;
                String worker = token(key, organisation * 100 + slot, organisation, "worker");
                String lead = token(key, organisation * 100 + 6 * team, organisation, "team-lead");
                String clientId = id(4, client);
                files.line("caseload-page", "GET", "/app/today", worker, "");
                files.line("caseload-api", "GET", "/api/v1/caseloads/mine", worker, "");
                files.line("client-page", "GET", "/app/clients/" + clientId, worker, "");
                files.line("add-contact", "POST", "/api/v1/clients/" + clientId + "/contacts", worker,
                        "{\"channel\":\"PHONE\",\"durationMinutes\":20,\"notes\":\"Checked in by phone about the interview on Friday.\"}");
                files.line("team-ratios", "GET", "/api/v1/caseloads/teams/" + id(3, organisation * 10L + team), lead, "");
                // "Find a client": part of a name, a name with a typo, a reference, a date of birth, a phone.
                files.line("client-search", "GET", "/api/v1/clients?q=" + SEARCHES[u % SEARCHES.length]
                        .replace("{ref}", String.format(Locale.ROOT, "G%08d", client)), worker, "");
                if (u == 0) {
                    System.out.println(organisation + " " + client); // the example the SQL is captured from
                }
                files.line("provider-report", "GET", "/api/v1/reports/outcomes?quarter=" + quarter, lead, "");
                // The same report narrowed by one of the organisation's own fields (issue 22).
                files.line("filtered-report", "GET", "/api/v1/reports/outcomes?quarter=" + quarter
                        + "&field=parental_status&fieldValue=Lone%20parent", lead, "");
                // The national lead of one programme, every provider sharing it (run.sh shares it for all 300).
                files.line("national-report", "GET", "/api/v1/national/outcomes?quarter=" + quarter,
                        nationalLead(key, NATIONAL_PROGRAMME), "");
            }
            // The administrator of the smallest organisation, who imports a caseload (run.sh's import scenario).
            files.line("import", "POST", "/api/v1/imports", token(key, IMPORTING * 100 + 25, IMPORTING, "admin"), "");
        }
    }

    static String id(int kind, long n) {
        return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", kind, n);
    }

    private static String token(PrivateKey key, int staff, int organisation, String role) {
        String subject = "gen-staff-" + staff;
        return Jwt.subject(subject).preferredUserName(subject).claim("name", "Staff member " + staff)
                .claim("organisation", String.format(Locale.ROOT, "gen-%04d", organisation))
                .claim("realm_access", Map.of("roles", List.of(role))).audience("waymark-api")
                .expiresIn(Duration.ofHours(6)).sign(key);
    }

    /** The programme of the national report's scenario. */
    static final String NATIONAL_PROGRAMME = "NO_ONE_LEFT_BEHIND";

    private static String nationalLead(PrivateKey key, String programme) {
        return Jwt.subject("national-lead").preferredUserName("national-lead").claim("name", "National lead")
                .claim("programme", programme).claim("realm_access", Map.of("roles", List.of("national-commissioner")))
                .audience("waymark-api").expiresIn(Duration.ofHours(6)).sign(key);
    }

    /** One requests file per scenario. */
    private static final class Scenarios implements AutoCloseable {

        private final Path directory;
        private final Map<String, PrintWriter> writers = new TreeMap<>();

        Scenarios(Path directory) {
            this.directory = directory;
        }

        void line(String scenario, String method, String path, String token, String body) throws IOException {
            PrintWriter writer = writers.get(scenario);
            if (writer == null) {
                writer = new PrintWriter(Files.newBufferedWriter(directory.resolve(scenario + ".txt")));
                writers.put(scenario, writer);
            }
            writer.println(String.join("\t", method, path, token, body));
        }

        @Override
        public void close() {
            writers.values().forEach(PrintWriter::close);
        }
    }
}
