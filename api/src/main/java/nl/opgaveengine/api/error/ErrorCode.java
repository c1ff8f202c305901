package nl.opgaveengine.api.error;

/** Business error codes, each with the HTTP status it maps to. */
public enum ErrorCode {
    OPGAVE_NOT_FOUND(404, "Opgave niet gevonden"),
    OPGAVE_ALREADY_EXISTS(409, "Opgave bestaat al"),
    OPGAVE_CLOSED(409, "Opgave is afgesloten"),
    INTAKE_NOT_DONE(409, "Intake nog niet gedaan"),
    WERKWIJZE_ALREADY_CHOSEN(409, "Werkwijze al gekozen"),
    REASON_REQUIRED(422, "Reden ontbreekt"),
    RATIONALE_REQUIRED(422, "Onderbouwing ontbreekt"),
    DOCUMENT_REQUIRED(422, "Vereist document ontbreekt"),
    DOCUMENT_NOT_FOUND(422, "Document niet gevonden"),
    ROL_ALREADY_HELD(409, "Rol al toegekend"),
    ROL_NOT_HELD(409, "Rol niet toegekend"),
    GATE_NOT_OPEN(409, "Gate is niet open"),
    GATE_ALREADY_DECIDED(409, "Gate is al besloten"),
    UNKNOWN_OUTCOME(400, "Onbekende uitkomst"),
    NO_MANDATE(403, "Geen mandaat"),
    ROLE_REQUIRED(403, "Rol vereist"),
    READ_ONLY_ROLE(403, "Alleen-lezen"),
    CSRF_REJECTED(403, "Verzoek van een andere site geweigerd"),
    MANDAAT_NOT_FOUND(404, "Mandaat niet gevonden"),
    MANDAAT_INVALID(422, "Ongeldig mandaat"),
    NOT_MANDAATGEVER(403, "Niet de mandaatgever"),
    PAYLOAD_TOO_LARGE(413, "Te groot"),
    UNSUPPORTED_MEDIA_TYPE(415, "Niet ondersteund mediatype"),
    CONCURRENT_MODIFICATION(409, "Gelijktijdige wijziging"),
    INVALID_INPUT(400, "Ongeldige invoer"),
    INVALID_MODEL(400, "Ongeldig procesmodel"),
    PROCESS_NOT_FOUND(404, "Procesmodel niet gevonden"),
    BAAT_NOT_FOUND(404, "Baat niet gevonden"),
    PC_MOMENT_NOT_FOUND(404, "P&C-moment niet gevonden"),
    PC_MOMENT_ALREADY_PLANNED(409, "P&C-moment bestaat al"),
    OVERDRACHT_ALREADY_PROPOSED(409, "Overdracht al voorgesteld"),
    NO_OVERDRACHT_PROPOSED(409, "Geen overdracht voorgesteld"),
    WRONG_WERKWIJZE(409, "Past niet bij de werkwijze"),
    AANPAK_ALREADY_CHOSEN(409, "Aanpak al gekozen"),
    WYBEREN_NOT_STARTED(409, "Wyberen nog niet begonnen"),
    DIN_ELEMENT_NOT_FOUND(404, "Doel of inspanning niet gevonden"),
    DIN_ELEMENT_EXISTS(409, "Doel of inspanning bestaat al"),
    DIN_INSPANNING_ZONDER_DOEL(422, "Inspanning zonder doel"),
    DIN_CYCLE(409, "Kring in het doelen-inspanningen-netwerk"),
    DIN_DOEL_HEEFT_SUBDOELEN(409, "Doel heeft subdoelen"),
    AGENDAPUNT_NOT_FOUND(404, "Agendapunt niet gevonden"),
    AGENDAPUNT_EXISTS(409, "Agendapunt bestaat al"),
    AGENDAPUNT_WITHDRAWN(409, "Agendapunt is ingetrokken"),
    RONDE_NOT_FOUND(404, "Prioriteringsronde niet gevonden"),
    RONDE_DECIDED(409, "Prioriteringsronde is al besloten"),
    OPGAVE_NOT_SCORED(422, "Opgave niet gescoord in deze ronde"),
    KEUZE_MISSING(422, "Keuze ontbreekt"),
    LES_NOT_FOUND(404, "Les niet gevonden"),
    KADERS_NOT_PUBLISHED(409, "Kaders nog niet gepubliceerd"),
    INITIATIEF_NOT_FOUND(404, "Initiatief niet gevonden"),
    INITIATIEF_NOT_ASSESSED(409, "Initiatief nog niet beoordeeld"),
    INITIATIEF_ALREADY_ASSESSED(409, "Initiatief al beoordeeld"),
    INITIATIEF_NOT_ACCEPTED(409, "Initiatief niet aanvaard"),
    INITIATIEF_ALREADY_CONVERTED(409, "Initiatief al omgezet in een opgave"),
    NOT_WITHIN_KADERS(422, "Past niet binnen de kaders"),
    GEBIED_NOT_FOUND(404, "Gebied niet gevonden"),
    GEBIED_EXISTS(409, "Gebied bestaat al"),
    GEBIED_NOT_ON_LIST(422, "Gebied staat niet op de lijst van gebieden"),
    LES_BRON_UNKNOWN(422, "Gate of processtap niet op deze opgave"),
    PROCESS_ALREADY_LINKED(409, "Procesinstantie al gekoppeld"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency-Key hoort bij een ander verzoek"),
    IDEMPOTENCY_KEY_IN_USE(409, "Verzoek met deze Idempotency-Key loopt nog");

    private final int httpStatus;
    private final String title;

    ErrorCode(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }
}
