package cn.jixiao.security;

import cn.jixiao.support.H2Test;

@H2Test
class SessionStoreH2Test extends SessionStoreContract {
}
