package nl.opgaveengine.app.integrity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes both chains over the whole event table and checks every checkpoint: reports the first broken event
 * (id, global position, which chain, expected versus found hash, and why) or that all N events verify.
 */
public class EventLogVerifier {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public EventLogVerifier(JdbcTemplate jdbc, TransactionTemplate readOnly, Clock clock) {
        this.jdbc = jdbc;
        this.readOnly = readOnly;
        this.clock = clock;
    }

    /** The outcome of a verification. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(boolean intact, String samenvatting, long aantalEvents, long aantalVerzegeld,
                         long aantalZonderEigenHash, long verzegeldTot, String ketenkop, Break eersteBreuk,
                         List<CheckpointCheck> checkpoints, ExternalCheck externCheckpoint, String gecontroleerdOp) {
    }

    /** The first place where the stored history differs from what its hashes say. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Break(String eventId, long globalIndex, String aggregateId, Long sequenceNumber, String keten,
                        String verwacht, String gevonden, String reden) {
    }

    /** A stored checkpoint: is its signature valid, and does the chain still have its hash at its position? */
    public record CheckpointCheck(long id, long globalIndex, String chainHash, String createdAt, String keyId,
                                  boolean handtekeningGeldig, boolean ketenKlopt) {
    }

    /** A checkpoint an auditor kept outside the system: does the chain still have that hash at that position? */
    public record ExternalCheck(long globalIndex, String chainHash, String gevonden, boolean klopt) {
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    public Report verify() {
        return verify(null, null);
    }

    public Report verify(Long externalIndex, String externalChainHash) {
        return readOnly.execute(status -> run(externalIndex, externalChainHash));
    }

    private Report run(Long externalIndex, String externalChainHash) {
        long firstHashed = jdbc.queryForObject(
                "SELECT first_hashed_global_index FROM event_hash_start WHERE id = 1", Long.class);
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_global_index, chain_hash, sealed_count FROM event_seal_head WHERE id = 1");
        long sealedUpTo = ((Number) head.get("last_global_index")).longValue();
        String headChain = (String) head.get("chain_hash");
        List<EventLogSealer.Checkpoint> checkpoints = jdbc.query("SELECT id, global_index, chain_hash, event_count,"
                + " created_at, algorithm, key_id, public_key, signature FROM integrity_checkpoint ORDER BY id",
                EventLogSealer::readCheckpoint);
        Map<Long, String> chainAt = new HashMap<>();
        checkpoints.forEach(c -> chainAt.put(c.globalIndex(), null));
        if (externalIndex != null) {
            chainAt.put(externalIndex, null);
        }
        chainAt.put(0L, EventHashing.GENESIS);
        // the chain where the head read above stands: events sealed while the scan runs carry it further
        chainAt.putIfAbsent(sealedUpTo, null);

        List<Break> breaks = new ArrayList<>();
        jdbc.query("SELECT s.global_index, s.event_identifier FROM event_seal s LEFT JOIN domain_event_entry e"
                + " ON e.global_index = s.global_index WHERE e.global_index IS NULL ORDER BY s.global_index",
                (ResultSet rs) -> {
                    if (rs.next()) {
                        breaks.add(new Break(rs.getString(2), rs.getLong(1), null, null, "globaal",
                                "event " + rs.getString(2), "geen event", "Het event is verzegeld maar staat niet meer"
                                        + " in de eventtabel: het is verwijderd."));
                    }
                    return null;
                });

        long[] counts = new long[3]; // events, sealed, without own hash
        Map<String, long[]> lastSeq = new HashMap<>();
        Map<String, String> lastHash = new HashMap<>();
        String[] chain = {EventHashing.GENESIS};
        try {
            jdbc.setFetchSize(500);
            jdbc.query("SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type,"
                    + " e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, e.event_hash,"
                    + " e.previous_hash, s.event_identifier AS seal_event, s.event_hash AS seal_hash,"
                    + " s.chain_hash AS seal_chain FROM domain_event_entry e LEFT JOIN event_seal s"
                    + " ON s.global_index = e.global_index ORDER BY e.global_index", (RowCallbackHandler) rs -> {
                StoredEvent row = StoredEvent.read(rs, 0);
                counts[0]++;
                Break broken = checkRow(row, firstHashed, lastSeq, lastHash, counts);
                if (broken == null) {
                    broken = checkSeal(row, rs, sealedUpTo, chain, counts, chainAt);
                }
                if (broken != null) {
                    breaks.add(broken);
                    throw new Stop();
                }
            });
        } catch (Stop stop) {
            // the first break is enough: everything after it is suspect
        } finally {
            jdbc.setFetchSize(-1);
        }
        if (breaks.isEmpty() && sealedUpTo > 0 && !headChain.equals(chainAt.get(sealedUpTo))) {
            breaks.add(new Break(null, sealedUpTo, null, null, "globaal", chain[0], headChain,
                    "De kop van de globale keten klopt niet met de verzegelde events."));
        }

        List<CheckpointCheck> checks = new ArrayList<>();
        for (EventLogSealer.Checkpoint c : checkpoints) {
            boolean signed = CheckpointSigner.verify(c.publicKey(), CheckpointSigner.signedContent(c.globalIndex(),
                    c.chainHash(), c.eventCount(), c.createdAt()), c.signature());
            boolean reached = chainAt.get(c.globalIndex()) != null || !breaks.isEmpty();
            boolean matches = c.chainHash().equals(chainAt.get(c.globalIndex()));
            checks.add(new CheckpointCheck(c.id(), c.globalIndex(), c.chainHash(), c.createdAt(), c.keyId(), signed,
                    matches));
            if (breaks.isEmpty() && (!signed || (reached && !matches))) {
                breaks.add(new Break(null, c.globalIndex(), null, null, "checkpoint " + c.id(), c.chainHash(),
                        String.valueOf(chainAt.get(c.globalIndex())), signed
                        ? "De globale keten heeft op deze positie niet meer de hash die het checkpoint ondertekende."
                        : "De handtekening van het checkpoint is ongeldig."));
            }
        }
        ExternalCheck external = null;
        if (externalIndex != null) {
            String found = chainAt.get(externalIndex);
            external = new ExternalCheck(externalIndex, externalChainHash, found,
                    found != null && found.equalsIgnoreCase(externalChainHash));
        }
        Break first = breaks.stream().min((a, b) -> Long.compare(a.globalIndex(), b.globalIndex())).orElse(null);
        String summary = first == null
                ? "Alle " + counts[0] + " events kloppen (" + counts[1] + " verzegeld in de globale keten, "
                + checks.size() + " checkpoints)."
                : "Event " + first.eventId() + " op positie " + first.globalIndex() + " is gebroken (" + first.keten()
                + "): verwacht " + first.verwacht() + ", gevonden " + first.gevonden() + ". " + first.reden();
        return new Report(first == null, summary, counts[0], counts[1], counts[2], sealedUpTo, headChain, first, checks,
                external, clock.instant().toString());
    }

    private static Break checkRow(StoredEvent row, long firstHashed, Map<String, long[]> lastSeq,
                                  Map<String, String> lastHash, long[] counts) {
        String aggregate = row.aggregateIdentifier();
        long[] seen = lastSeq.get(aggregate);
        long expectedSeq = seen == null ? 0 : seen[0] + 1;
        if (row.sequenceNumber() != expectedSeq) {
            return new Break(row.eventIdentifier(), row.globalIndex(), aggregate, row.sequenceNumber(), "aggregaat",
                    "volgnummer " + expectedSeq, "volgnummer " + row.sequenceNumber(),
                    "Een of meer events van dit aggregaat vóór dit event ontbreken.");
        }
        lastSeq.put(aggregate, new long[]{row.sequenceNumber()});
        if (row.eventHash() == null) {
            if (row.globalIndex() < firstHashed) {
                counts[2]++;
                lastHash.put(aggregate, EventHashing.GENESIS);
                return null;
            }
            return new Break(row.eventIdentifier(), row.globalIndex(), aggregate, row.sequenceNumber(), "aggregaat",
                    row.hashWith(lastHash.getOrDefault(aggregate, EventHashing.GENESIS)), "geen hash",
                    "De hash van dit event is verwijderd.");
        }
        String expectedPrevious = lastHash.getOrDefault(aggregate, EventHashing.GENESIS);
        if (!expectedPrevious.equals(row.previousHash())) {
            return new Break(row.eventIdentifier(), row.globalIndex(), aggregate, row.sequenceNumber(), "aggregaat",
                    expectedPrevious, row.previousHash(), "De vorige hash klopt niet: een eerder event van dit"
                    + " aggregaat is gewijzigd of verwijderd, of deze hash is aangepast.");
        }
        String expected = row.hashWith(expectedPrevious);
        if (!expected.equals(row.eventHash())) {
            return new Break(row.eventIdentifier(), row.globalIndex(), aggregate, row.sequenceNumber(), "aggregaat",
                    expected, row.eventHash(), "De inhoud, metadata of sleutelvelden van dit event zijn gewijzigd"
                    + " na het opslaan.");
        }
        lastHash.put(aggregate, row.eventHash());
        return null;
    }

    private static Break checkSeal(StoredEvent row, ResultSet rs, long sealedUpTo, String[] chain, long[] counts,
                                   Map<Long, String> chainAt) throws SQLException {
        String sealEvent = rs.getString("seal_event");
        if (sealEvent == null) {
            if (row.globalIndex() <= sealedUpTo) {
                return new Break(row.eventIdentifier(), row.globalIndex(), row.aggregateIdentifier(),
                        row.sequenceNumber(), "globaal", "een zegel", "geen zegel", "Dit event staat onder de"
                        + " verzegelde kop maar is niet verzegeld: het is later ingevoegd.");
            }
            return null;
        }
        String eventHash = row.eventHash() == null ? row.hashWith(EventHashing.GENESIS) : row.eventHash();
        String expectedChain = EventHashing.chainHash(chain[0], row.globalIndex(), row.eventIdentifier(), eventHash);
        String foundChain = rs.getString("seal_chain");
        if (!sealEvent.equals(row.eventIdentifier()) || !eventHash.equals(rs.getString("seal_hash"))
                || !expectedChain.equals(foundChain)) {
            return new Break(row.eventIdentifier(), row.globalIndex(), row.aggregateIdentifier(), row.sequenceNumber(),
                    "globaal", expectedChain, foundChain, "De globale keten breekt hier: een event ervoor of dit"
                    + " event zelf is gewijzigd, verwijderd of ingevoegd, of het zegel is aangepast.");
        }
        chain[0] = foundChain;
        counts[1]++;
        if (chainAt.containsKey(row.globalIndex())) {
            chainAt.put(row.globalIndex(), foundChain);
        }
        return null;
    }
}
