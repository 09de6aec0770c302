package cn.jixiao.form;

import cn.jixiao.support.H2Test;
import org.springframework.boot.test.context.SpringBootTest;

@H2Test
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormLifecycleH2Test extends FormLifecycleContract {
}
