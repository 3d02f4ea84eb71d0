package io.waymark;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.waymark.common.EmbeddedDatabase;

/**
 * Starts Waymark. For a trial on one machine ({@code WAYMARK_EMBEDDED_DATABASE=true}, set by the local run command)
 * a real PostgreSQL is started in-process first, with its data kept between runs. Without that flag and without a
 * database configured, Waymark refuses to start rather than run on a database nobody chose.
 */
@QuarkusMain
public class WaymarkMain {

    public static void main(String... args) {
        if (EmbeddedDatabase.isWanted()) {
            EmbeddedDatabase.start();
        } else if (EmbeddedDatabase.noneConfigured()) {
            System.err.println(EmbeddedDatabase.noDatabaseMessage());
            System.exit(2);
        }
        Quarkus.run(args);
    }
}
