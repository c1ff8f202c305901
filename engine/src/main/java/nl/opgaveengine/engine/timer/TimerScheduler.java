package nl.opgaveengine.engine.timer;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.opgaveengine.engine.EngineProperties;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.command.CreateProcessInstanceCommand;
import nl.opgaveengine.engine.command.TriggerStartTimerCommand;
import nl.opgaveengine.engine.command.TriggerTimerCommand;
import nl.opgaveengine.engine.definition.ProcessDefinitionAggregate;
import nl.opgaveengine.engine.instance.ProcessInstanceAggregate;
import nl.opgaveengine.engine.lookup.EngineLookup;
import nl.opgaveengine.engine.lookup.EngineLookup.TimerRow;
import nl.opgaveengine.engine.support.EngineClock;
import nl.opgaveengine.engine.support.EngineSignals;
import nl.opgaveengine.engine.support.EngineTransactions;
import nl.opgaveengine.engine.support.KeyGenerator;
import nl.opgaveengine.engine.support.EngineCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fires due timers. The timers themselves are events (so they survive a restart); this poller reads the due ones
 * from the lookup table every poll interval by the {@link EngineClock} and fires each in a transaction of its
 * own. A timer that fell due while the application was down fires at the first poll after the start, late.
 * Several nodes may poll: the aggregate ignores a timer that already fired.
 */
@Component
public class TimerScheduler implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TimerScheduler.class);

    private final EngineLookup lookup;
    private final EngineCommands commands;
    private final EngineTransactions transactions;
    private final EngineClock clock;
    private final KeyGenerator keys;
    private final EngineSignals signals;
    private final EngineProperties.Timer settings;
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile boolean running;
    private ScheduledExecutorService executor;

    public TimerScheduler(EngineLookup lookup, EngineCommands commands, EngineTransactions transactions,
                          EngineClock clock, KeyGenerator keys, EngineSignals signals, EngineProperties properties) {
        this.lookup = lookup;
        this.commands = commands;
        this.transactions = transactions;
        this.clock = clock;
        this.keys = keys;
        this.signals = signals;
        this.settings = properties.getTimer();
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!settings.isEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "opgave-engine-timers");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, settings.getPollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
        signals.onTimerCreated(dueAt -> {
            ScheduledExecutorService current = executor;
            if (running && current != null && !dueAt.isAfter(clock.now())) {
                current.execute(this::poll);
            }
        });
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Fires every timer due now; answers how many fired. */
    public int poll() {
        if (!running || !polling.compareAndSet(false, true)) {
            return 0;
        }
        int fired = 0;
        try {
            while (running) {
                Instant now = clock.now();
                List<TimerRow> due = lookup.dueTimers(now, settings.getBatchSize());
                for (TimerRow timer : due) {
                    if (!running) {
                        break;
                    }
                    try {
                        if (fire(timer)) {
                            fired++;
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Timer {} ({} in {}) kon niet afgaan: {}", timer.timerKey(), timer.elementId(),
                                timer.bpmnProcessId(), e.toString());
                    }
                }
                if (due.size() < settings.getBatchSize()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Timer poll mislukt: {}", e.toString());
        } finally {
            polling.set(false);
        }
        return fired;
    }

    private boolean fire(TimerRow timer) {
        return transactions.executeNew(() -> {
            if (timer.processInstanceKey() != 0) {
                return Boolean.TRUE.equals(commands.sendAndWait(new TriggerTimerCommand(
                        ProcessInstanceAggregate.aggregateId(timer.processInstanceKey()), timer.timerKey())));
            }
            String startEventId = commands.sendAndWait(new TriggerStartTimerCommand(
                    ProcessDefinitionAggregate.aggregateId(timer.bpmnProcessId()), timer.timerKey()));
            if (startEventId == null) {
                return false;
            }
            ProcessDefinition definition = lookup.definition(timer.processDefinitionKey()).orElseThrow();
            long instanceKey = keys.next();
            commands.sendAndWait(new CreateProcessInstanceCommand(ProcessInstanceAggregate.aggregateId(instanceKey),
                    instanceKey, definition.key(), definition.bpmnProcessId(), definition.version(),
                    new java.util.LinkedHashMap<>(), startEventId));
            return true;
        });
    }
}
