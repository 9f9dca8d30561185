package nl.totalservice.onboarding.platform.messaging.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether the application is shutting down. Fired before the persistence unit and the datasource
 * close, so a consumer that fails from then on knows the failure is the shutdown's, not the event's.
 */
@ApplicationScoped
public class ShutdownSignal {

    private volatile boolean stopping;

    void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
    }

    /** True once shutdown began. */
    public boolean stopping() {
        return stopping;
    }
}
