package nl.opgaveengine.command.proces;

import io.camunda.client.CamundaClient;
import java.util.function.Supplier;

/**
 * The Camunda client for what Camunda 8 offers over its REST API v2 only (element instance and process definition
 * search, a definition's XML, ad-hoc activation), made on first use and closed with the application.
 */
public class CamundaRestClient implements AutoCloseable {

    private final Supplier<CamundaClient> factory;
    private CamundaClient client;

    public CamundaRestClient(Supplier<CamundaClient> factory) {
        this.factory = factory;
    }

    public synchronized CamundaClient get() {
        if (client == null) {
            client = factory.get();
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
