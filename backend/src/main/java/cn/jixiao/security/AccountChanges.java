package cn.jixiao.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Raises the account counter ({@link AccountEpoch}) with every MyBatis statement that writes the accounts, their
 * roles or the organisation, in the same transaction — whichever mapper it is in (admin, passwords, second factor,
 * and whatever is added later), so no write can forget to. After the commit this node re-reads the counter at once.
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
class AccountChanges implements Interceptor {

    private static final Pattern ACCOUNT_TABLES = Pattern.compile("(?i)\\b(app_user|app_user_role|org)\\b");

    private final AccountEpoch epoch;
    /** Statement id → whether it writes an account table: the tables of a statement do not vary with its parameters. */
    private final Map<String, Boolean> writesAccounts = new ConcurrentHashMap<>();

    AccountChanges(AccountEpoch epoch) {
        this.epoch = epoch;
    }

    /** Only executors have the method intercepted: wrapping every statement handler too costs reflection per statement. */
    @Override
    public Object plugin(Object target) {
        return target instanceof Executor ? Plugin.wrap(target, this) : target;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        Object parameter = invocation.getArgs()[1];
        if (writesAccounts.computeIfAbsent(statement.getId(),
                id -> ACCOUNT_TABLES.matcher(statement.getBoundSql(parameter).getSql()).find())) {
            Connection connection = ((Executor) invocation.getTarget()).getTransaction().getConnection();
            try (PreparedStatement bump = connection.prepareStatement(AccountEpoch.BUMP)) {
                bump.executeUpdate();
            }
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        epoch.changed();
                    }
                });
            } else {
                epoch.changed();
            }
        }
        return result;
    }
}
