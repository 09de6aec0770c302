package cn.jixiao.ops;

import cn.jixiao.support.MariaDbTest;

@MariaDbTest
class ConsistencyMariaDbTest extends ConsistencyContract {
}
