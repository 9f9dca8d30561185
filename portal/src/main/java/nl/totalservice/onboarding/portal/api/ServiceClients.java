package nl.totalservice.onboarding.portal.api;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nl.totalservice.onboarding.portal.config.PortalConfig;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/** The REST clients of the services, on the base URLs of {@code portal.services.*}. */
@ApplicationScoped
public class ServiceClients {

    private final PortalConfig config;

    public ServiceClients(PortalConfig config) {
        this.config = config;
    }

    @Produces
    @ApplicationScoped
    TaskApi taskApi() {
        return build(config.services().task(), TaskApi.class);
    }

    @Produces
    @ApplicationScoped
    PartnerApi partnerApi() {
        return build(config.services().partner(), PartnerApi.class);
    }

    @Produces
    @ApplicationScoped
    LeadApi leadApi() {
        return build(config.services().lead(), LeadApi.class);
    }

    private <T> T build(String baseUrl, Class<T> api) {
        long timeout = config.services().timeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(Math.min(timeout, 3000), TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                .build(api);
    }
}
