package cn.jixiao.org;

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

/**
 * Raises the master-data counter ({@link MasterDataVersion}) with every MyBatis statement that writes the accounts,
 * their roles, the organisation or the settings, in the same transaction — whichever mapper it is in (admin,
 * passwords, second factor, settings, and whatever is added later), so no write can forget to. After the commit this
 * node re-reads the counter at once.
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
class MasterDataChanges implements Interceptor {

    private static final Pattern MASTER_TABLES = Pattern.compile("(?i)\\b(app_user|app_user_role|org|setting)\\b");

    private final MasterDataVersion epoch;
    /** Statement id → whether it writes master data: the tables of a statement do not vary with its parameters. */
    private final Map<String, Boolean> writesMasterData = new ConcurrentHashMap<>();

    MasterDataChanges(MasterDataVersion epoch) {
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
        if (writesMasterData.computeIfAbsent(statement.getId(),
                id -> MASTER_TABLES.matcher(statement.getBoundSql(parameter).getSql()).find())) {
            Connection connection = ((Executor) invocation.getTarget()).getTransaction().getConnection();
            try (PreparedStatement bump = connection.prepareStatement(MasterDataVersion.BUMP)) {
                bump.executeUpdate();
            }
            epoch.written();
        }
        return result;
    }
}
