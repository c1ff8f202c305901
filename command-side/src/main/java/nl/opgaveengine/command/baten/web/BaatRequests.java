package nl.opgaveengine.command.baten.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.opgaveengine.api.baten.MetingSoort;
import nl.opgaveengine.api.baten.OntvangerSoort;

/** The request bodies of the baten API. Who acts is the signed-in user, never part of a body. */
final class BaatRequests {

    private BaatRequests() {
    }

    /** Register a baat (batenprofiel). */
    record RegistreerBaat(@NotBlank @Size(max = 200) String titel,
                          @NotBlank @Size(max = 200) String doel,
                          @NotBlank @Size(max = 200) String indicator,
                          @Size(max = 50) String eenheid,
                          BigDecimal nulmeting,
                          @NotNull BigDecimal streefwaarde,
                          @NotNull LocalDate streefdatum,
                          @NotBlank @Size(max = 200) String eigenaar,
                          @Size(max = 100) List<@NotBlank String> inspanningen,
                          @Size(max = 4000) String reden) {
    }

    /** Record an expected or realised value. */
    record LegMetingVast(@NotNull MetingSoort soort, @NotNull LocalDate peildatum, @NotNull BigDecimal waarde,
                         @Size(max = 4000) String toelichting) {
    }

    /** Propose a handover to a receiver. */
    record StelOverdrachtVoor(@NotBlank @Size(max = 200) String ontvanger, @NotNull OntvangerSoort ontvangerSoort,
                              @Size(max = 200) String organisatie, @Size(max = 4000) String reden) {
    }

    /** Accept a proposed handover. */
    record AccepteerOverdracht(@Size(max = 4000) String reden) {
    }
}
