package nl.opgaveengine.engine;

import java.util.List;

/** The answer to a deploy: a fresh deployment key and the definitions it holds (new or unchanged). */
public record Deployment(long key, List<ProcessDefinition> processes) {
}
