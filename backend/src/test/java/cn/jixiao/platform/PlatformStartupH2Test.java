package cn.jixiao.platform;

import cn.jixiao.support.H2Test;

@H2Test
class PlatformStartupH2Test extends PlatformStartupContract {
}
