package cn.jixiao.security;

import cn.jixiao.support.MariaDbTest;

@MariaDbTest
class SessionStoreMariaDbTest extends SessionStoreContract {
}
