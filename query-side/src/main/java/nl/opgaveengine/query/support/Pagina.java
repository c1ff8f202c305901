package nl.opgaveengine.query.support;

import java.util.List;

/** One page of a list with its position in the whole result (1-based page number). */
public record Pagina<T>(List<T> regels, int nummer, int grootte, long totaalAantal) {

    public long totaalPaginas() {
        return totaalAantal == 0 ? 0 : (totaalAantal + grootte - 1) / grootte;
    }
}
