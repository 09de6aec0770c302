package cn.jixiao.platform;

import cn.jixiao.support.H2Test;
import org.springframework.boot.test.context.SpringBootTest;

@H2Test
@SpringBootTest
class PlatformStartupH2Test extends PlatformStartupContract {
}
