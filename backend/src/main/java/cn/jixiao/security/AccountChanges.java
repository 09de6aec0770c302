package cn.jixiao.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
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

    AccountChanges(AccountEpoch epoch) {
        this.epoch = epoch;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        String sql = statement.getBoundSql(invocation.getArgs()[1]).getSql();
        if (ACCOUNT_TABLES.matcher(sql).find()) {
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
