package cn.jixiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** jixiao 绩效审批: approval of 社会保险基金支出绩效 forms for Xinjiang's prefectures and counties. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling // the audit chain's sealer and retention cleanup, the login guard's clean-up
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
