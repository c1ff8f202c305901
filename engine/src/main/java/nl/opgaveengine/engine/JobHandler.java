package nl.opgaveengine.engine;

import java.util.Map;

/**
 * An in-process job worker: a Spring bean of this type is called for each activated job of its type.
 * The call and the job's completion run in one transaction; an exception fails the job
 * (retries - 1, an incident when none are left).
 */
public interface JobHandler {

    String jobType();

    /** Handles the job and returns the variables to complete it with. */
    Map<String, Object> handle(ActivatedJob job);
}
