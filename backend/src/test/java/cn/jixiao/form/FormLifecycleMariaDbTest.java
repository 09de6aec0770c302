package cn.jixiao.form;

import cn.jixiao.support.MariaDbTest;
import org.springframework.boot.test.context.SpringBootTest;

@MariaDbTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormLifecycleMariaDbTest extends FormLifecycleContract {
}
