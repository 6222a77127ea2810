package jp.tsunagu.kpi;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The rollup's background refresh runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KpiConfig {}
