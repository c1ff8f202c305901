package nl.opgaveengine.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.opgaveengine.query.support.JsonText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** As-of state and the auditor export of one opgave, both from the audit projection's stored events. */
@Service
public class AuditService {

    private final GebeurtenissenRepository repository;

    public AuditService(GebeurtenissenRepository repository) {
        this.repository = repository;
    }

    /** The state at the moment; empty when nothing is known of the opgave (then ask {@link #firstMoment}). */
    @Transactional(readOnly = true)
    public Optional<OpgaveToestand> asOf(String opgaveId, Instant peilmoment) {
        GebeurtenisFilter upTo = new GebeurtenisFilter(opgaveId, null, null, null, null, peilmoment.plusNanos(1_000));
        List<Gebeurtenis> events = repository.find(upTo);
        return events.isEmpty() ? Optional.empty() : Optional.of(OpgaveToestandFolder.fold(opgaveId, peilmoment, events));
    }

    public Optional<Instant> firstMoment(String opgaveId) {
        return repository.firstMoment(opgaveId);
    }

    /** Everything an external auditor needs to reconstruct the opgave's history; empty when the opgave is unknown. */
    @Transactional(readOnly = true)
    public Optional<AuditExport> export(String opgaveId, Instant now) {
        List<Gebeurtenis> events = repository.findByOpgave(opgaveId);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> keys = new LinkedHashSet<>();
        List<AuditExport.Procesmodel> gekoppeld = new ArrayList<>();
        List<AuditExport.DocumentHash> documenten = new ArrayList<>();
        for (Gebeurtenis e : events) {
            JsonNode p = e.payload();
            if ("ProcessLinkedEvent".equals(e.type()) && p.hasNonNull("processDefinitionKey")) {
                keys.add(p.get("processDefinitionKey").asLong());
                gekoppeld.add(new AuditExport.Procesmodel(p.path("bpmnProcessId").asText(), p.path("versie").asInt(),
                        p.get("processDefinitionKey").asLong(), p.path("processInstanceKey").asLong(), e.tijdstip()));
            }
            if ("ProcessMigratedEvent".equals(e.type()) && p.hasNonNull("processDefinitionKey")) {
                keys.add(p.get("processDefinitionKey").asLong());
                gekoppeld.add(new AuditExport.Procesmodel(p.path("bpmnProcessId").asText(), p.path("naarVersie").asInt(),
                        p.get("processDefinitionKey").asLong(), p.path("processInstanceKey").asLong(), e.tijdstip()));
            }
            if ("DocumentAttachedEvent".equals(e.type())) {
                documenten.add(new AuditExport.DocumentHash(p.path("documentId").asText(), p.path("naam").asText(),
                        p.path("versie").asText(), "SHA-256", p.path("contentHash").asText(),
                        p.path("referentie").asText(), e.tijdstip(), e.actor(), e.rol()));
            }
        }
        List<ProcesmodelVersie> versies = repository.procesmodellen(keys);
        OpgaveToestand toestand = OpgaveToestandFolder.fold(opgaveId, now, events);
        String json = JsonText.write(events);
        return Optional.of(new AuditExport(AuditExport.FORMAAT, opgaveId, now, toestand, gekoppeld, versies, documenten,
                events, new AuditExport.Integriteit("SHA-256", sha256(json), events.size(),
                events.get(0).globalePositie(), events.get(events.size() - 1).globalePositie())));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
