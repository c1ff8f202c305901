package nl.opgaveengine.command.opgave.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import nl.opgaveengine.api.opgave.Procesveld;
import nl.opgaveengine.api.opgave.Processtap;
import nl.opgaveengine.api.opgave.Rol;
import nl.opgaveengine.api.opgave.Voorscheider;
import nl.opgaveengine.api.opgave.Werkwijze;

/** The request bodies of the command API. Who acts is never part of a body: it is the signed-in user. */
final class OpgaveRequests {

    private OpgaveRequests() {
    }

    /** Register an opgave; its area and the initiator's own area, when given, are on the list of areas. */
    record RegistreerOpgave(@NotBlank @Size(max = 200) String titel,
                            @Size(max = 4000) String omschrijving,
                            @NotBlank @Size(max = 100) String thema,
                            @Size(max = 100) String gebied,
                            @Size(max = 200) String initiatiefnemer,
                            @Size(max = 100) String initiatiefnemerGebied) {
    }

    /** The intake answers (voorscheider and complexity model). */
    record Intake(@NotNull Voorscheider.Idee idee,
                  @NotNull Voorscheider.Netwerk netwerk,
                  @NotNull Voorscheider.Besluitvorming besluitvorming,
                  @NotNull @Min(1) @Max(5) Integer voorspelbaarheidPad,
                  @NotNull @Min(1) @Max(5) Integer tastbaarheidUitkomst,
                  Boolean tijdsdruk) {
    }

    /** Move the running instance to another version of its model, mapping each active element; why. */
    record MigreerProcesmodel(@NotNull @Min(1) Integer versie,
                              @NotNull @Size(max = 200) java.util.Map<@NotBlank String, @NotBlank String> mapping,
                              @NotBlank @Size(max = 4000) String reden) {
    }

    /** When the open gate must be decided, and why it is set or moved. */
    record PlanGate(@NotNull java.time.OffsetDateTime uiterlijkOp, @NotBlank @Size(max = 4000) String reden) {
    }

    /** Confirm or override the advised werkwijze; a reason when overriding. */
    record KiesWerkwijze(@NotNull Werkwijze werkwijze, @Size(max = 4000) String reden) {
    }

    /** Assign a role to a person (optionally with the area the person belongs to), or end it. */
    record RolWijziging(@NotNull Rol rol, @NotBlank @Size(max = 200) String persoon, @Size(max = 4000) String reden,
                        @Size(max = 100) String gebied) {
    }

    /** Attach a version of a document by reference and SHA-256 content hash. */
    record VoegDocumentToe(@NotBlank @Size(max = 200) String naam,
                           @NotBlank @Size(max = 50) String versie,
                           @NotBlank @Pattern(regexp = "(sha256:)?[0-9a-fA-F]{64}", message = "moet een SHA-256 hash in hex zijn")
                           String contentHash,
                           @NotBlank @Size(max = 1000) String referentie) {
    }

    /** Decide the open gate; a vervolgaanpak (ROUTINE, PROJECT, PROGRAMMA) names the sub-opgaven to start. */
    record NeemBesluit(@Size(max = 100) String gate,
                       @NotBlank @Size(max = 50) String uitkomst,
                       @Size(max = 4000) String onderbouwing,
                       @Size(max = 100) String documentId,
                       @Valid @Size(max = 20) List<NieuweSubopgave> subopgaven) {
    }

    /** A sub-opgave to start from the vervolgaanpak: its title and (default: the parent's) theme. */
    record NieuweSubopgave(@NotBlank @Size(max = 200) String titel, @Size(max = 100) String thema) {
    }

    /** A procesregie step: which step, what happened, with whom, on which field. */
    record ZetProcesstap(@NotNull Processtap stap,
                         @NotBlank @Size(max = 4000) String omschrijving,
                         @Size(max = 4000) String uitkomst,
                         @Size(max = 50) List<@NotBlank @Size(max = 200) String> spelers,
                         Procesveld veld) {
    }

    /** A decision that needs only its reason (choose the approach, end a sprint early). */
    record KiesAanpak(@Size(max = 4000) String reden) {
    }

    /** Delegate the decision mandate of a role the signed-in user holds to a named person for a period. */
    record DelegeerMandaat(@NotNull Rol rol,
                           @NotBlank @Size(max = 200) String gemachtigde,
                           Instant geldigVan,
                           @NotNull Instant geldigTot,
                           @Size(max = 4000) String reden) {
    }

    /** Revoke a delegated mandate. */
    record TrekMandaatIn(@Size(max = 4000) String reden) {
    }

    /** Hand a role over to a successor, who inherits its open decisions. */
    record DraagRolOver(@NotNull Rol rol,
                        @NotBlank @Size(max = 200) String persoon,
                        @NotBlank @Size(max = 200) String opvolger,
                        @Size(max = 4000) String reden) {
    }
}
