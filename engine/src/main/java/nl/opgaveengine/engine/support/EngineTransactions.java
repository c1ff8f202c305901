package nl.opgaveengine.engine.support;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs engine work in a transaction: joins the caller's transaction (or Axon unit of work) when there is one;
 * otherwise starts one and retries it a few times when it lost a race on an aggregate's sequence number.
 */
@Component
public class EngineTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(EngineTransactions.class);
    private static final int ATTEMPTS = 8;
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "HYT00");

    private final TransactionTemplate required;
    private final TransactionTemplate requiresNew;

    public EngineTransactions(PlatformTransactionManager transactionManager) {
        this.required = new TransactionTemplate(transactionManager);
        this.requiresNew = new TransactionTemplate(transactionManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T execute(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive() || CurrentUnitOfWork.isStarted()) {
            return work.get();
        }
        return retrying(required, work);
    }

    public void run(Runnable work) {
        execute(() -> {
            work.run();
            return null;
        });
    }

    /** Always a new transaction of its own (retried on conflicts), e.g. for work after another one committed. */
    public <T> T executeNew(Supplier<T> work) {
        return retrying(requiresNew, work);
    }

    private <T> T retrying(TransactionTemplate template, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                LOG.debug("Engine transaction lost a race (attempt {}), retrying: {}", attempt, e.toString());
                try {
                    Thread.sleep(attempt * 5L);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether an exception means another writer appended to the same aggregate first. */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof ConcurrencyFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (t instanceof EventStoreException && t.getMessage() != null
                    && t.getMessage().contains("concurren")) {
                return true;
            }
        }
        return false;
    }
}
