package nl.opgaveengine.command.proces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.opgaveengine.engine.ProcessEngine;
import nl.opgaveengine.engine.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;

/** Who may call the engine's Camunda 8 REST API: as far as the gRPC gateway reaches, or with its token. */
class CamundaRestV2GuardTest {

    @Test
    void withoutATokenOnlyThisMachineIsAnswered() {
        CamundaRestV2Controller controller = controller(new GatewayProperties());
        assertThat(controller.topology(from("127.0.0.1", null)).get("gatewayVersion")).isEqualTo("8.9.0");
        assertThat(controller.topology(from("0:0:0:0:0:0:0:1", null))).containsKey("brokers");
        assertThatThrownBy(() -> controller.topology(from("192.168.1.20", null)))
                .isInstanceOfSatisfying(CamundaRestProblem.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.getMessage()).contains("opgave.engine.gateway.token");
                });
    }

    @Test
    void aRequestRelayedByAProxyOnThisMachineIsNotTakenForALocalCaller() {
        CamundaRestV2Controller controller = controller(new GatewayProperties());
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            MockHttpServletRequest relayed = from("127.0.0.1", null);
            relayed.addHeader(header, "203.0.113.7");
            assertThatThrownBy(() -> controller.topology(relayed))
                    .isInstanceOfSatisfying(CamundaRestProblem.class,
                            e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void aGatewayBoundToAllAddressesOpensItToOthers() {
        GatewayProperties open = new GatewayProperties();
        open.setHost("0.0.0.0");
        assertThat(controller(open).topology(from("192.168.1.20", null))).containsKey("brokers");
    }

    @Test
    void withATokenEveryCallerMustSendIt() {
        GatewayProperties guarded = new GatewayProperties();
        guarded.setToken("geheim");
        CamundaRestV2Controller controller = controller(guarded);
        assertThat(controller.topology(from("192.168.1.20", "Bearer geheim"))).containsKey("brokers");
        for (String wrong : new String[] {null, "Bearer fout", "geheim"}) {
            assertThatThrownBy(() -> controller.topology(from("127.0.0.1", wrong)))
                    .isInstanceOfSatisfying(CamundaRestProblem.class,
                            e -> assertThat(e.status()).isEqualTo(HttpStatus.UNAUTHORIZED));
        }
    }

    private static CamundaRestV2Controller controller(GatewayProperties properties) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("gatewayProperties", properties);
        return new CamundaRestV2Controller(mock(ProcessEngine.class), beans.getBeanProvider(GatewayProperties.class),
                mock(PlatformTransactionManager.class), new ObjectMapper());
    }

    private static MockHttpServletRequest from(String address, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v2/topology");
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
