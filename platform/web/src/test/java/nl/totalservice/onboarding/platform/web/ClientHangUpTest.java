package nl.totalservice.onboarding.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.totalservice.onboarding.platform.web.problem.ProblemMappers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** A caller hanging up mid-request is no error of ours; a closed connection while the caller waits is. */
@QuarkusTest
class ClientHangUpTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheMappersLog() {
        Logger.getLogger(ProblemMappers.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger(ProblemMappers.class.getName()).removeHandler(capture);
    }

    @Test
    void aCallerWhoHangsUpWhileItsBodyIsReadIsLoggedQuietly() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/probe HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"name\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200); // the request reaches the resource and blocks reading the rest of the body
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(records)
                .anySatisfy(r -> assertThat(r.getMessage()).contains("Client closed the connection during /api/probe")));
        assertThat(records).noneSatisfy(r -> assertThat(r.getLevel().intValue()).isGreaterThanOrEqualTo(Level.SEVERE.intValue()));
    }

    @Test
    void aClosedConnectionWhileTheCallerWaitsIsAnInternalError() {
        given().when().get("/api/probe/closed-elsewhere")
                .then().statusCode(500).contentType("application/problem+json")
                .body("errorId", not(nullValue()));
        assertThat(records).anySatisfy(r -> assertThat(r.getLevel().intValue())
                .isGreaterThanOrEqualTo(Level.SEVERE.intValue()));
    }
}
