package cn.jixiao.form;

import cn.jixiao.support.MariaDbTest;

@MariaDbTest
class FormLifecycleMariaDbTest extends FormLifecycleContract {
}
