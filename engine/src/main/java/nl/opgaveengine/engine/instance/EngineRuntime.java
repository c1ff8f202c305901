package nl.opgaveengine.engine.instance;

import java.time.Instant;
import nl.opgaveengine.engine.feel.FeelEvaluator;
import nl.opgaveengine.engine.lookup.EngineLookup;
import nl.opgaveengine.engine.model.ModelRepository;
import nl.opgaveengine.engine.support.EngineClock;
import nl.opgaveengine.engine.support.JobPush;
import nl.opgaveengine.engine.support.KeyGenerator;
import org.springframework.stereotype.Component;

/**
 * What the instance aggregate's interpreter needs from outside: keys, models, FEEL, buffered messages, time, the
 * local workers' job streams.
 */
@Component
public class EngineRuntime {

    private final KeyGenerator keys;
    private final ModelRepository models;
    private final FeelEvaluator feel;
    private final EngineLookup lookup;
    private final EngineClock clock;
    private final JobPush jobPush;

    public EngineRuntime(KeyGenerator keys, ModelRepository models, FeelEvaluator feel, EngineLookup lookup,
                         EngineClock clock, JobPush jobPush) {
        this.clock = clock;
        this.jobPush = jobPush;
        this.keys = keys;
        this.models = models;
        this.feel = feel;
        this.lookup = lookup;
    }

    public long nextKey() {
        return keys.next();
    }

    public ModelRepository models() {
        return models;
    }

    public FeelEvaluator feel() {
        return feel;
    }

    public EngineLookup lookup() {
        return lookup;
    }

    /** The local workers' job streams (job push). */
    public JobPush jobPush() {
        return jobPush;
    }

    /** Now, to the microsecond the databases keep. */
    public Instant now() {
        return clock.now();
    }
}
