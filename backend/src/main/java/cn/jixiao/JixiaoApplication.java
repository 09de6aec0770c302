package cn.jixiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** jixiao 绩效审批: approval of 社会保险基金支出绩效 forms for Xinjiang's prefectures and counties. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
