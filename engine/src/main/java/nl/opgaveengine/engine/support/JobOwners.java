package nl.opgaveengine.engine.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which process instance a job belongs to, for the jobs this node recently handed out (activated or pushed): a
 * bounded cache in front of the lookup table. A job never moves to another instance, so an entry is never stale; a
 * job that no longer exists is refused by its instance as before.
 */
@Component
public class JobOwners {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<Long, Long> owners = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    public void remember(long jobKey, long processInstanceKey) {
        owners.put(jobKey, processInstanceKey);
    }

    public Optional<Long> owner(long jobKey) {
        return Optional.ofNullable(owners.get(jobKey));
    }

    public void forget(long jobKey) {
        owners.remove(jobKey);
    }
}
