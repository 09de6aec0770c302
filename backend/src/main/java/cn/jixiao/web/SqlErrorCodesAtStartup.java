package cn.jixiao.web;

import javax.sql.DataSource;
import org.springframework.jdbc.support.SQLErrorCodesFactory;
import org.springframework.stereotype.Component;

/**
 * Spring's SQL error translation (MyBatis, JdbcTemplate) learns which database it talks to on first
 * use, over a connection of its own, and remembers only success. Learnt at startup instead: else the
 * first failure in an outage waits the connection-timeout twice more before it can answer 503.
 */
@Component
class SqlErrorCodesAtStartup {

    SqlErrorCodesAtStartup(DataSource dataSource) {
        SQLErrorCodesFactory.getInstance().resolveErrorCodes(dataSource);
    }
}
