package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RuntimeModulesTest {

    @Test
    void should_leave_out_of_the_runtime_image_the_incubating_vector_module_the_service_starts_without() {
        assertEquals(List.of("java.base", "java.sql", "jdk.jcmd"),
                List.copyOf(RuntimeModules.kept(List.of("java.sql", "jdk.incubator.vector", "java.base", "jdk.jcmd"))));
    }
}
