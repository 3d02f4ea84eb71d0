package io.waymark;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.waymark.common.EmbeddedDatabase;

/**
 * Starts Waymark. When no PostgreSQL server is configured, a real PostgreSQL is started in-process first,
 * with its data kept between runs, so a fresh machine with only a JDK can run the service.
 */
@QuarkusMain
public class WaymarkMain {

    public static void main(String... args) {
        if (EmbeddedDatabase.isWanted()) {
            EmbeddedDatabase.start();
        }
        Quarkus.run(args);
    }
}
