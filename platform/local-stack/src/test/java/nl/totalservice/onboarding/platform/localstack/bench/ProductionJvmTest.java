package nl.totalservice.onboarding.platform.localstack.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark measures the JVM the images run: the same options and environment as the Dockerfiles'. */
class ProductionJvmTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("../..").normalize();

    @ParameterizedTest
    @ValueSource(strings = {"docker/Dockerfile", "docker/Dockerfile.prebuilt"})
    void theImagesRunTheJvmOptionsAndEnvironmentTheBenchmarkMeasures(String dockerfile) throws IOException {
        String text = Files.readString(ROOT.resolve(dockerfile));

        assertThat(List.of(Arrays.stream(value(text, "JAVA_OPTS").split("\\s+")).toArray()))
                .containsExactlyElementsOf(BenchOptions.PRODUCTION_JVM);
        BenchOptions.PRODUCTION_ENV.forEach((name, value) -> assertThat(value(text, name)).isEqualTo(value));
        assertThat(text).contains("exec java $JAVA_OPTS ");
    }

    /** The images' JDK 17 knows the native-heap trim; an older JDK here would refuse to start a service with it. */
    @ParameterizedTest
    @CsvSource({"17.0.15, true", "17.0.11, true", "17.0.10, false", "17.0.2, false", "19.0.2, false", "21.0.1, true",
            "25, true"})
    void trimsTheNativeHeapOnlyWhereTheJdkKnowsTheOption(String jdk, boolean trims) {
        List<String> options = BenchOptions.productionJvm(Runtime.Version.parse(jdk));

        assertThat(options.contains("-XX:TrimNativeHeapInterval=5000")).isEqualTo(trims);
        assertThat(options).containsAll(List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m", "-XX:MinHeapFreeRatio=20",
                "-XX:MaxHeapFreeRatio=40", "-XX:-TieredCompilation", "-XX:CICompilerCount=1", "-XX:+ExitOnOutOfMemoryError"));
    }

    private static String value(String dockerfile, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=(\"([^\"]*)\"|(\\S+))").matcher(dockerfile);
        assertThat(matcher.find()).as(name + " in the Dockerfile").isTrue();
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    }
}
