package cn.jixiao.load;

import java.util.List;

/** The prefectures the counties are spread over: the two of the demo data first, then real ones it lacks. */
final class Prefectures {

    record Known(String code, String name, String shortName) {
    }

    static final List<Known> KNOWN = List.of(
            new Known("653100", "喀什地区", "喀什地区"),
            new Known("652800", "巴音郭楞蒙古自治州", "巴音郭楞州"),
            new Known("652900", "阿克苏地区", "阿克苏地区"),
            new Known("653200", "和田地区", "和田地区"),
            new Known("654000", "伊犁哈萨克自治州", "伊犁州"),
            new Known("652300", "昌吉回族自治州", "昌吉州"),
            new Known("654200", "塔城地区", "塔城地区"),
            new Known("654300", "阿勒泰地区", "阿勒泰地区"),
            new Known("652700", "博尔塔拉蒙古自治州", "博州"),
            new Known("653000", "克孜勒苏柯尔克孜自治州", "克州"),
            new Known("650100", "乌鲁木齐市", "乌鲁木齐市"),
            new Known("650200", "克拉玛依市", "克拉玛依市"),
            new Known("650400", "吐鲁番市", "吐鲁番市"),
            new Known("650500", "哈密市", "哈密市"));

    private Prefectures() {
    }
}
