package pl.krakow.kck.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit, checked by {@code systemd-analyze verify} (unknown keys, bad values, a missing executable)
 * with its paths pointed at the unpacked artefact; no systemd runs here to start it.
 */
@Tag("dist")
class SystemdUnitTest {

    @TempDir
    Path folder;

    @Test
    void should_pass_systemd_analyze_verify_without_a_warning() throws Exception {
        Required.component(Required.onPath("systemd-analyze"), "systemd-analyze (package systemd)");
        Path home = BuiltArtefact.home();
        String unit = Files.readString(home.resolve("systemd/kck-assistant.service"));
        Path copy = Files.writeString(folder.resolve("kck-assistant.service"), unit.replace("/opt/kck-assistant/", home + "/"));
        Command verify = Command.run(folder, Map.of("SYSTEMD_LOG_COLOR", "0"), "systemd-analyze", "verify", copy.toString());
        assertEquals(0, verify.status(), verify.output());
        assertEquals("", verify.output().strip(), "no warnings");
    }

    @Test
    void should_run_unprivileged_hardened_and_restart_on_failure_but_not_on_a_configuration_error() throws Exception {
        List<String> lines = Files.readAllLines(BuiltArtefact.home().resolve("systemd/kck-assistant.service"));
        for (String setting : List.of("User=kck", "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
                "StateDirectory=kck-assistant", "Environment=KCK_DATA=/var/lib/kck-assistant", "Restart=on-failure",
                "RestartPreventExitStatus=78", "CapabilityBoundingSet=", "ExecStart=/opt/kck-assistant/bin/kck-assistant run")) {
            assertTrue(lines.contains(setting), setting);
        }
    }
}
