package cn.jixiao.collab;

import cn.jixiao.support.MariaDbTest;

@MariaDbTest
class ReturnRoutingMariaDbTest extends ReturnRoutingContract {
}
