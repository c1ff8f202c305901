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
    CONCURRENT_MODIFICATION(409, "Gelijktijdige wijziging"),
    INVALID_INPUT(400, "Ongeldige invoer"),
    INVALID_MODEL(400, "Ongeldig procesmodel"),
    PROCESS_NOT_FOUND(404, "Procesmodel niet gevonden");

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
