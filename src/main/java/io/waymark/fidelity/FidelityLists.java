package io.waymark.fidelity;

import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** The scores of the IPS Fidelity Scale, as {list:scores} in the templates (each feature adds its lists to "list"). */
@TemplateExtension(namespace = "list")
public final class FidelityLists {

    private FidelityLists() {
    }

    static List<String> scores() {
        return List.of("1", "2", "3", "4", "5");
    }
}
