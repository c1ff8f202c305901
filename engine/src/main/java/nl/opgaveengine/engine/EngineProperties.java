package nl.opgaveengine.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code opgave.engine}: the in-process job workers. */
@ConfigurationProperties("opgave.engine")
public class EngineProperties {

    private final Worker worker = new Worker();

    public Worker getWorker() {
        return worker;
    }

    /** {@code opgave.engine.worker.*}: in-process workers for the JobHandler beans. */
    public static class Worker {
        /** Whether the JobHandler beans are polled at all. */
        private boolean enabled = true;
        /** How long a worker waits between polls when no job was found. */
        private Duration pollInterval = Duration.ofMillis(200);
        /** Threads shared by all job types. */
        private int threads = 2;
        /** How long an activated job stays locked to this worker. */
        private Duration jobTimeout = Duration.ofMinutes(5);
        /** Jobs taken per poll. */
        private int maxJobs = 10;
        /** The worker name recorded on activated jobs. */
        private String name = "opgave-engine";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public int getThreads() {
            return threads;
        }

        public void setThreads(int threads) {
            this.threads = threads;
        }

        public Duration getJobTimeout() {
            return jobTimeout;
        }

        public void setJobTimeout(Duration jobTimeout) {
            this.jobTimeout = jobTimeout;
        }

        public int getMaxJobs() {
            return maxJobs;
        }

        public void setMaxJobs(int maxJobs) {
            this.maxJobs = maxJobs;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
