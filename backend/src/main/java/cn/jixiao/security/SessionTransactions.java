package cn.jixiao.security;

import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Session's transactions: its writes each in a new transaction, as Spring Session does by default; the
 * read of a session that every request makes (one SELECT of the session and its attributes, {@link #read}) in none.
 * Begin and commit were three of that read's four round trips to the database — a third of all transactions.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionTemplate writes;

    SessionTransactions(PlatformTransactionManager transactions) {
        this.writes = new TransactionTemplate(transactions);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs Spring Session's lookup of one session without a transaction (one statement, or a delete if it expired). */
    static <T> T read(Supplier<T> lookup) {
        READING.set(Boolean.TRUE);
        try {
            return lookup.get();
        } finally {
            READING.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return READING.get() != null ? action.doInTransaction(new SimpleTransactionStatus(false)) : writes.execute(action);
    }
}
