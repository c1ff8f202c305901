package nl.opgaveengine.command.proces;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The municipal P&C calendar the models report on ({@code opgave.pc-kalender}): named moments, each on a fixed date
 * ({@code datum: 2026-05-15}) or every year ({@code jaarlijks: 05-15}), at the start of that day in {@code zone}.
 * Municipalities differ: the defaults are a common voorjaarsnota, najaarsnota and jaarrekening.
 */
@ConfigurationProperties(prefix = "opgave.pc-kalender")
public class PcKalender {

    private ZoneId zone = ZoneId.of("Europe/Amsterdam");
    private List<Moment> momenten = new ArrayList<>(List.of(
            Moment.jaarlijks("jaarrekening", "04-15"),
            Moment.jaarlijks("voorjaarsnota", "05-15"),
            Moment.jaarlijks("najaarsnota", "11-01")));

    /** One named moment: a fixed date or a day every year. */
    public static class Moment {
        private String naam;
        private LocalDate datum;
        private String jaarlijks;

        static Moment jaarlijks(String naam, String dag) {
            Moment m = new Moment();
            m.naam = naam;
            m.jaarlijks = dag;
            return m;
        }

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
        }

        public LocalDate getDatum() {
            return datum;
        }

        public void setDatum(LocalDate datum) {
            this.datum = datum;
        }

        public String getJaarlijks() {
            return jaarlijks;
        }

        public void setJaarlijks(String jaarlijks) {
            this.jaarlijks = jaarlijks;
        }

        /** The first occurrence strictly after the instant, if any. */
        Optional<Instant> volgende(Instant na, ZoneId zone) {
            if (datum != null) {
                Instant at = datum.atStartOfDay(zone).toInstant();
                return at.isAfter(na) ? Optional.of(at) : Optional.empty();
            }
            if (jaarlijks == null || jaarlijks.isBlank()) {
                return Optional.empty();
            }
            MonthDay dag = MonthDay.parse("--" + jaarlijks.trim());
            int jaar = na.atZone(zone).getYear();
            for (int j = jaar; j <= jaar + 1; j++) {
                Instant at = dag.atYear(j).atStartOfDay(zone).toInstant();
                if (at.isAfter(na)) {
                    return Optional.of(at);
                }
            }
            return Optional.empty();
        }
    }

    /** The next moment strictly after the instant, or empty when the calendar has none. */
    public Optional<Gepland> volgende(Instant na) {
        Gepland best = null;
        for (Moment m : momenten) {
            Optional<Instant> at = m.volgende(na, zone);
            if (at.isPresent() && (best == null || at.get().isBefore(best.moment()))) {
                best = new Gepland(m.getNaam(), at.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The name of the moment at this instant, if the calendar has one there. */
    public String naamVan(Instant moment) {
        return momenten.stream().filter(m -> m.volgende(moment.minusSeconds(1), zone).filter(moment::equals).isPresent())
                .map(Moment::getNaam).findFirst().orElse("P&C-moment");
    }

    /** A planned moment. */
    public record Gepland(String naam, Instant moment) {
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public List<Moment> getMomenten() {
        return momenten;
    }

    public void setMomenten(List<Moment> momenten) {
        this.momenten = momenten;
    }
}
