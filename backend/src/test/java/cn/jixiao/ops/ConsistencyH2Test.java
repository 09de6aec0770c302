package cn.jixiao.ops;

import cn.jixiao.support.H2Test;

@H2Test
class ConsistencyH2Test extends ConsistencyContract {
}
