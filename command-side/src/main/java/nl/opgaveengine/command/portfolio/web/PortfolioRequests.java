package nl.opgaveengine.command.portfolio.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.api.portfolio.AgendapuntSoort;
import nl.opgaveengine.api.portfolio.KeuzeUitkomst;
import nl.opgaveengine.api.portfolio.Richting;

/** The request bodies of the portfolio API. Who acts is the signed-in user, never part of a body. */
final class PortfolioRequests {

    private PortfolioRequests() {
    }

    /** Add a theme, goal or BBV programme to the strategic agenda. */
    record NieuwAgendapunt(@NotNull AgendapuntSoort soort, @NotBlank @Size(max = 200) String naam,
                           @Size(max = 4000) String omschrijving, @Size(max = 100) String bovenliggendId,
                           @Size(max = 4000) String reden) {
    }

    /** Withdraw an agenda item, or end the link of an opgave to one: the reason. */
    record TrekIn(@NotBlank @Size(max = 4000) String reden) {
    }

    /** Link the opgave to an agenda item. */
    record Koppel(@NotBlank @Size(max = 100) String agendapuntId, @Size(max = 4000) String reden) {
    }

    /** A criterion of a round. */
    record NieuwCriterium(@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z][a-zA-Z0-9_-]*") String code,
                          @NotBlank @Size(max = 200) String naam, @NotNull @Min(1) @Max(10) Integer gewicht,
                          @NotNull Richting richting) {
    }

    /** Open a round with its criteria. */
    record NieuweRonde(@NotBlank @Size(max = 200) String naam,
                       @NotEmpty @Size(max = 20) List<@Valid @NotNull NieuwCriterium> criteria,
                       @Size(max = 4000) String reden) {
    }

    /** Score an opgave in the round. */
    record Score(@NotBlank @Size(max = 100) String opgaveId, @NotEmpty @Size(max = 20) Map<String, @NotNull Integer> scores,
                 @Size(max = 4000) String toelichting) {
    }

    /** One choice of the college. */
    record NieuweKeuze(@NotBlank @Size(max = 100) String opgaveId, @NotNull KeuzeUitkomst uitkomst,
                       @NotBlank @Size(max = 4000) String reden) {
    }

    /** The college's decision on the round. */
    record Besluit(@NotEmpty @Size(max = 1000) List<@Valid @NotNull NieuweKeuze> keuzes,
                   @NotBlank @Size(max = 4000) String reden) {
    }
}
