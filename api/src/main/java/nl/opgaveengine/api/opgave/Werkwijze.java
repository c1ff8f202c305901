package nl.opgaveengine.api.opgave;

/** The five ways of working an opgave can be given. */
public enum Werkwijze {
    ROUTINE, PROJECT, PROGRAMMA, PROCESREGIE, IMPROVISATIE
}
