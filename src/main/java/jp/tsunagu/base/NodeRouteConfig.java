package jp.tsunagu.base;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With several nodes behind a reverse proxy, each node's session ids end in ".{node id}" (Tomcat's jvmRoute), so the
 * proxy can send a session's requests to the node that holds it, also after the id changes at login. Without
 * {@code tsunagu.node-id} nothing changes.
 */
@Configuration(proxyBeanMethods = false)
class NodeRouteConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeRoute(TsunaguProperties props) {
        String nodeId = props.nodeId();
        return factory -> {
            if (nodeId.isBlank()) {
                return;
            }
            if (!nodeId.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("tsunagu.node-id must be 1-32 letters, digits, - or _: " + nodeId);
            }
            factory.addContextLifecycleListeners(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                        && event.getLifecycle() instanceof Context context
                        && context.getParent() != null
                        && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(nodeId);
                }
            });
        };
    }
}
