package io.waymark.scale;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The files of the import benchmark (docs/performance.md): a provider's caseload and history as CSV files, filled as
 * the templates ask. Arguments: the folder, the number of clients, contacts and jobs, and the usernames of the
 * workers the clients are given to (comma-separated; none: the clients are unplaced). Seeded, so every run imports
 * the same files.
 */
public final class ImportBenchFiles {

    private static final List<String> FIRST = List.of("Ailsa", "Brodie", "Catriona", "Duncan", "Euan", "Fiona",
            "Gregor", "Heather", "Iain", "Jean", "Kirsty", "Lachlan", "Morag", "Niall", "Orla", "Ruaridh");
    private static final List<String> STAGES = List.of("ENGAGEMENT", "VOCATIONAL_PROFILING", "EMPLOYER_ENGAGEMENT",
            "JOB_MATCHING");
    private static final List<String> CHANNELS = List.of("FACE_TO_FACE", "PHONE", "TEXT", "VIDEO", "EMAIL");

    private ImportBenchFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int clients = Integer.parseInt(args[1]);
        int contacts = Integer.parseInt(args[2]);
        int jobs = Integer.parseInt(args[3]);
        List<String> workers = args.length > 4 && !args[4].isBlank() ? List.of(args[4].split(",")) : List.of();
        String prefix = args.length > 5 ? args[5] : "BI";
        Files.createDirectories(folder);
        Random random = new Random(21);
        LocalDate firstReferral = LocalDate.of(2024, 4, 1);
        LocalDate[] referred = new LocalDate[clients];
        try (PrintWriter out = writer(folder.resolve("clients.csv"))) {
            out.print("Reference,First name,Last name,Date of birth,Gender,Local authority,Programme,Referred by,"
                    + "Referred on,Agreed to take part on,Client groups,Other support a week,Stage,In stage since,"
                    + "Worker\r\n");
            for (int i = 0; i < clients; i++) {
                referred[i] = firstReferral.plusDays(random.nextInt(600));
                String stage = i < jobs ? "JOB_MATCHING" : STAGES.get(random.nextInt(STAGES.size()));
                out.printf(Locale.ROOT, "%s-%06d,%s,Imported%06d,%s,%s,Highland,NO_ONE_LEFT_BEHIND,JOBCENTRE_PLUS,"
                                + "%s,%s,MENTAL_HEALTH_PROBLEM,UNDER_7_HOURS,%s,%s,%s\r\n",
                        prefix, i, FIRST.get(random.nextInt(FIRST.size())), i,
                        // A date of birth of their own each, so that no two rows are likely the same person.
                        LocalDate.of(1960, 1, 1).plusDays(i), random.nextBoolean() ? "WOMAN" : "MAN",
                        referred[i], referred[i], stage, referred[i].plusDays(20),
                        workers.isEmpty() ? "" : workers.get(i % workers.size()));
            }
        }
        try (PrintWriter out = writer(folder.resolve("jobs.csv"))) {
            out.print("Client reference,Outcome,Employer,Job title,Sector,Contract,Started on,Hours a week,"
                    + "Hourly pay\r\n");
            for (int i = 0; i < jobs; i++) {
                out.printf(Locale.ROOT, "%s-%06d,GAINED,Bench employer %d,Kitchen assistant,Hospitality,PERMANENT,%s,%d,"
                        + "13.50\r\n", prefix, i, i % 200, referred[i].plusDays(40), 8 + random.nextInt(30));
            }
        }
        try (PrintWriter out = writer(folder.resolve("contacts.csv"))) {
            out.print("Client reference,When,Channel,Minutes,Notes\r\n");
            for (int k = 0; k < contacts; k++) {
                int i = k % clients;
                out.printf(Locale.ROOT, "%s-%06d,%s %02d:%02d,%s,%d,Met to talk about work and the week ahead\r\n",
                        prefix, i, referred[i].plusDays(k / clients), 9 + random.nextInt(8), random.nextInt(60),
                        CHANNELS.get(random.nextInt(CHANNELS.size())), 5 + random.nextInt(55));
            }
        }
    }

    private static PrintWriter writer(Path file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }
}
