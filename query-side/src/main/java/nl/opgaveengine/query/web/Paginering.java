package nl.opgaveengine.query.web;

import nl.opgaveengine.query.support.Pagina;

/** The paging block of a list response: 1-based page number, page size, total number of items and of pages. */
public record Paginering(int nummer, int grootte, long totaalAantal, long totaalPaginas) {

    public static Paginering of(Pagina<?> pagina) {
        return new Paginering(pagina.nummer(), pagina.grootte(), pagina.totaalAantal(), pagina.totaalPaginas());
    }
}
