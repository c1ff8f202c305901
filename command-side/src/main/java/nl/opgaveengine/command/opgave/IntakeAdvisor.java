package nl.opgaveengine.command.opgave;

import java.util.ArrayList;
import java.util.List;
import nl.opgaveengine.api.opgave.Voorscheider.Advies;
import nl.opgaveengine.api.opgave.Voorscheider.Antwoorden;
import nl.opgaveengine.api.opgave.Voorscheider.Besluitvorming;
import nl.opgaveengine.api.opgave.Voorscheider.Complexiteit;
import nl.opgaveengine.api.opgave.Voorscheider.Idee;
import nl.opgaveengine.api.opgave.Voorscheider.Netwerk;
import nl.opgaveengine.api.opgave.Voorscheider.Procestype;
import nl.opgaveengine.api.opgave.Voorscheider.Verplichting;
import nl.opgaveengine.api.opgave.Werkwijze;

/**
 * The voorscheider: from the intake answers to zoek- or maakproces, the kind of commitment, the
 * quadrant of the complexity model and an advised werkwijze, each step explained.
 */
public final class IntakeAdvisor {

    private IntakeAdvisor() {
    }

    public static Advies advise(Antwoorden a) {
        List<String> toelichting = new ArrayList<>();
        int onduidelijk = 0;
        if (a.idee() == Idee.ONBEKEND) {
            onduidelijk++;
            toelichting.add("Het idee is onbekend: er is nog geen beproefde oplossing.");
        }
        if (a.netwerk() == Netwerk.ONVOORSPELBAAR) {
            onduidelijk++;
            toelichting.add("Het netwerk is onvoorspelbaar: steun van de belangrijkste spelers is niet zeker.");
        }
        if (a.besluitvorming() == Besluitvorming.ONGERICHT) {
            onduidelijk++;
            toelichting.add("De besluitvorming is ongericht: er is niet vanuit één punt te sturen.");
        }
        Procestype procestype = onduidelijk >= 2 ? Procestype.ZOEKPROCES : Procestype.MAAKPROCES;
        Verplichting verplichting = procestype == Procestype.ZOEKPROCES
                ? Verplichting.INSPANNINGSVERPLICHTING : Verplichting.RESULTAATSVERPLICHTING;
        toelichting.add(onduidelijk + " van de 3 onderwerpen zijn onduidelijk: "
                + (procestype == Procestype.ZOEKPROCES
                ? "een zoekproces met een inspanningsverplichting."
                : "een maakproces met een resultaatsverplichting."));

        int score = a.voorspelbaarheidPad() + a.tastbaarheidUitkomst();
        Complexiteit complexiteit;
        if (score >= 9) {
            complexiteit = Complexiteit.SIMPEL;
        } else if (score >= 7) {
            complexiteit = Complexiteit.INGEWIKKELD;
        } else if (score >= 4) {
            complexiteit = Complexiteit.COMPLEX;
        } else {
            complexiteit = Complexiteit.FLUIDE;
        }
        toelichting.add("Voorspelbaarheid van het pad " + a.voorspelbaarheidPad() + " en tastbaarheid van de uitkomst "
                + a.tastbaarheidUitkomst() + " (samen " + score + " van 10): " + complexiteit.name().toLowerCase() + ".");

        Werkwijze werkwijze = switch (complexiteit) {
            case SIMPEL -> Werkwijze.ROUTINE;
            case INGEWIKKELD -> Werkwijze.PROJECT;
            case COMPLEX -> Werkwijze.PROGRAMMA;
            case FLUIDE -> a.tijdsdruk() ? Werkwijze.IMPROVISATIE : Werkwijze.PROCESREGIE;
        };
        if (procestype == Procestype.ZOEKPROCES && (werkwijze == Werkwijze.ROUTINE || werkwijze == Werkwijze.PROJECT)) {
            werkwijze = Werkwijze.PROCESREGIE;
            toelichting.add("Een zoekproces vraagt eerst procesregie voordat een vaste aanpak past.");
        }
        toelichting.add("Geadviseerde werkwijze: " + werkwijze.name().toLowerCase() + ".");
        return new Advies(procestype, verplichting, complexiteit, werkwijze, List.copyOf(toelichting));
    }
}
