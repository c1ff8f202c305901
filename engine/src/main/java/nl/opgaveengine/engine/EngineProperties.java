package nl.opgaveengine.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code opgave.engine}: the in-process job workers and the timer poller. */
@ConfigurationProperties("opgave.engine")
public class EngineProperties {

    private final Worker worker = new Worker();
    private final Timer timer = new Timer();

    public Worker getWorker() {
        return worker;
    }

    public Timer getTimer() {
        return timer;
    }

    /** {@code opgave.engine.timer.*}: the poller that fires due timers. */
    public static class Timer {
        /** Whether this node fires due timers at all. */
        private boolean enabled = true;
        /** How often the poller looks for due timers (the lateness of a timer is at most this). */
        private Duration pollInterval = Duration.ofSeconds(1);
        /** Timers read per query. */
        private int batchSize = 100;

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

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
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
        /**
         * Job push: a new job of a handler's type is activated for this worker in the transaction that creates it
         * and handed over after the commit, instead of waiting for a poll and an activation transaction.
         */
        private boolean push = true;

        public boolean isPush() {
            return push;
        }

        public void setPush(boolean push) {
            this.push = push;
        }

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
