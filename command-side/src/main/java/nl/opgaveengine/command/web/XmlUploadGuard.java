package nl.opgaveengine.command.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;

/**
 * Refuses uploaded XML that declares a document type or entities before any parser sees it: BPMN needs neither,
 * and they carry the XXE and entity-expansion (billion laughs) attacks. Also refuses content that is not XML.
 */
public final class XmlUploadGuard {

    private XmlUploadGuard() {
    }

    public static void check(String name, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (!start.startsWith("<")) {
            throw new BusinessRuleException(ErrorCode.INVALID_MODEL, "Het bestand '" + name + "' is geen XML.",
                    Map.of("veld", "bestand", "fouten", java.util.List.of(Map.of("reden", "geen XML"))));
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
            throw new BusinessRuleException(ErrorCode.INVALID_MODEL, "Het bestand '" + name + "' bevat een"
                    + " DOCTYPE- of ENTITY-declaratie; die zijn in BPMN niet nodig en worden om veiligheidsredenen"
                    + " (externe entiteiten, entity-expansie) geweigerd.", Map.of("veld", "bestand", "fouten",
                    java.util.List.of(Map.of("reden", "DOCTYPE/ENTITY niet toegestaan"))));
        }
    }
}
