package nl.opgaveengine.command.initiatief.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.opgaveengine.api.initiatief.Beoordeling;
import nl.opgaveengine.api.initiatief.InitiatiefnemerSoort;
import nl.opgaveengine.api.initiatief.Kader;
import nl.opgaveengine.api.initiatief.Strategie;

/** The request bodies of the initiatives API. Who acts is the signed-in user, never part of a body. */
final class InitiatiefRequests {

    private InitiatiefRequests() {
    }

    /** The frames to publish. */
    record Kaders(@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> inhoud,
                  @NotEmpty @Size(max = 3) List<@NotNull InitiatiefnemerSoort> actoren,
                  @Size(max = 100) List<@NotBlank @Size(max = 1000) String> procedures,
                  @Size(max = 100) List<@NotBlank @Size(max = 1000) String> ondersteuning,
                  @NotBlank @Size(max = 4000) String reden) {
    }

    /** An initiative from society; its area and the initiator's own area, when given, are on the list of areas. */
    record NieuwInitiatief(@NotBlank @Size(max = 200) String titel, @NotBlank @Size(max = 4000) String omschrijving,
                           @NotBlank @Size(max = 200) String thema, @Size(max = 100) String gebied,
                           @NotNull InitiatiefnemerSoort initiatiefnemerSoort, @Size(max = 200) String organisatie,
                           @Size(max = 2000) String gevraagdeOndersteuning,
                           @Size(max = 100) String initiatiefnemerGebied) {
    }

    /** The assessment against one frame. */
    record NieuweToetsing(@NotNull Kader kader, @NotNull Boolean voldoet, @Size(max = 4000) String toelichting) {
    }

    /** The assessment of an initiative. */
    record Beoordeel(@NotEmpty @Size(max = 4) List<@Valid @NotNull NieuweToetsing> toetsingen,
                     @NotNull Beoordeling beoordeling, Strategie strategie,
                     @NotBlank @Size(max = 4000) String reden) {
    }

    /** The answer to the initiator. */
    record Antwoord(@NotBlank @Size(max = 4000) String antwoord, @NotBlank @Size(max = 4000) String reden) {
    }

    /** Turn the initiative into an opgave. */
    record Omzetten(@Size(max = 4000) String reden) {
    }
}
