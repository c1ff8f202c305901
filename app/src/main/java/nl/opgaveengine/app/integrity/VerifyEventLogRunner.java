package nl.opgaveengine.app.integrity;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command-line flag {@code --verify-event-log}: verifies the event log, prints the outcome and makes the
 * process exit with 0 (intact) or 1 (broken).
 */
@Component
public class VerifyEventLogRunner implements ApplicationRunner, ExitCodeGenerator {

    public static final String FLAG = "verify-event-log";

    private final EventLogVerifier verifier;
    private PrintStream out = System.out;
    private int exitCode;

    public VerifyEventLogRunner(EventLogVerifier verifier) {
        this.verifier = verifier;
    }

    void printTo(PrintStream stream) {
        this.out = stream;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(FLAG)) {
            return;
        }
        EventLogVerifier.Report report = verifier.verify();
        out.println(report.samenvatting());
        if (report.eersteBreuk() != null) {
            EventLogVerifier.Break b = report.eersteBreuk();
            out.println("  event:    " + b.eventId());
            out.println("  positie:  " + b.globalIndex() + (b.aggregateId() == null ? ""
                    : " (aggregaat " + b.aggregateId() + ", volgnummer " + b.sequenceNumber() + ")"));
            out.println("  keten:    " + b.keten());
            out.println("  verwacht: " + b.verwacht());
            out.println("  gevonden: " + b.gevonden());
        }
        exitCode = report.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
