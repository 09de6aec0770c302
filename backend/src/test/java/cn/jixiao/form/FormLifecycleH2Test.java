package cn.jixiao.form;

import cn.jixiao.support.H2Test;

@H2Test
class FormLifecycleH2Test extends FormLifecycleContract {
}
