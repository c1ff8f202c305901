package nl.opgaveengine.command.opgave;

import static org.assertj.core.api.Assertions.assertThat;

import nl.opgaveengine.api.opgave.Voorscheider.Advies;
import nl.opgaveengine.api.opgave.Voorscheider.Antwoorden;
import nl.opgaveengine.api.opgave.Voorscheider.Besluitvorming;
import nl.opgaveengine.api.opgave.Voorscheider.Complexiteit;
import nl.opgaveengine.api.opgave.Voorscheider.Idee;
import nl.opgaveengine.api.opgave.Voorscheider.Netwerk;
import nl.opgaveengine.api.opgave.Voorscheider.Procestype;
import nl.opgaveengine.api.opgave.Voorscheider.Verplichting;
import nl.opgaveengine.api.opgave.Werkwijze;
import org.junit.jupiter.api.Test;

/** The voorscheider's advice for the corners of the model. */
class IntakeAdvisorTest {

    @Test
    void allClearAndPredictableIsARoutineMaakproces() {
        Advies advies = IntakeAdvisor.advise(new Antwoorden(Idee.BEKEND, Netwerk.VOORSPELBAAR, Besluitvorming.GERICHT, 5, 5, false));
        assertThat(advies.procestype()).isEqualTo(Procestype.MAAKPROCES);
        assertThat(advies.verplichting()).isEqualTo(Verplichting.RESULTAATSVERPLICHTING);
        assertThat(advies.complexiteit()).isEqualTo(Complexiteit.SIMPEL);
        assertThat(advies.werkwijze()).isEqualTo(Werkwijze.ROUTINE);
    }

    @Test
    void clearButIntricateIsAProject() {
        Advies advies = IntakeAdvisor.advise(new Antwoorden(Idee.BEKEND, Netwerk.VOORSPELBAAR, Besluitvorming.GERICHT, 4, 4, false));
        assertThat(advies.complexiteit()).isEqualTo(Complexiteit.INGEWIKKELD);
        assertThat(advies.werkwijze()).isEqualTo(Werkwijze.PROJECT);
    }

    @Test
    void mostlyUnclearIsAZoekprocesWithBestEffort() {
        Advies advies = IntakeAdvisor.advise(new Antwoorden(Idee.ONBEKEND, Netwerk.ONVOORSPELBAAR, Besluitvorming.GERICHT, 3, 2, false));
        assertThat(advies.procestype()).isEqualTo(Procestype.ZOEKPROCES);
        assertThat(advies.verplichting()).isEqualTo(Verplichting.INSPANNINGSVERPLICHTING);
        assertThat(advies.complexiteit()).isEqualTo(Complexiteit.COMPLEX);
        assertThat(advies.werkwijze()).isEqualTo(Werkwijze.PROGRAMMA);
    }

    @Test
    void fluidUnderTimePressureIsImprovisation() {
        assertThat(IntakeAdvisor.advise(new Antwoorden(Idee.ONBEKEND, Netwerk.ONVOORSPELBAAR, Besluitvorming.ONGERICHT, 1, 1, true))
                .werkwijze()).isEqualTo(Werkwijze.IMPROVISATIE);
        assertThat(IntakeAdvisor.advise(new Antwoorden(Idee.ONBEKEND, Netwerk.ONVOORSPELBAAR, Besluitvorming.ONGERICHT, 1, 1, false))
                .werkwijze()).isEqualTo(Werkwijze.PROCESREGIE);
    }

    @Test
    void aZoekprocesIsNeverAdvisedAsAFixedProject() {
        Advies advies = IntakeAdvisor.advise(new Antwoorden(Idee.ONBEKEND, Netwerk.ONVOORSPELBAAR, Besluitvorming.GERICHT, 4, 4, false));
        assertThat(advies.werkwijze()).isEqualTo(Werkwijze.PROCESREGIE);
        assertThat(advies.toelichting()).isNotEmpty();
    }
}
