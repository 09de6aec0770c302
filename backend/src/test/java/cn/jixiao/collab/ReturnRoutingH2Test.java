package cn.jixiao.collab;

import cn.jixiao.support.H2Test;

@H2Test
class ReturnRoutingH2Test extends ReturnRoutingContract {
}
