package nl.opgaveengine.query.portfolio;

import java.util.List;

/** One page of the portfolio with its position in the whole result. */
public record PortfolioPagina(List<PortfolioRegel> regels, int nummer, int grootte, long totaalAantal) {

    public long totaalPaginas() {
        return totaalAantal == 0 ? 0 : (totaalAantal + grootte - 1) / grootte;
    }
}
