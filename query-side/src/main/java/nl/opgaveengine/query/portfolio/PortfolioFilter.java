package nl.opgaveengine.query.portfolio;

import nl.opgaveengine.api.opgave.OpgaveStatus;
import nl.opgaveengine.api.opgave.Werkwijze;

/** The portfolio filters; a null member does not filter. */
public record PortfolioFilter(String thema, String gebied, Werkwijze werkwijze, OpgaveStatus status) {

    public static PortfolioFilter none() {
        return new PortfolioFilter(null, null, null, null);
    }
}
