package nl.opgaveengine.command.opgave;

import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;

/** The refusals of the Opgave aggregate, each named as a fact. */
final class OpgaveRuleViolations {

    private OpgaveRuleViolations() {
    }

    /** The opgave is closed and takes no more changes. */
    static final class OpgaveClosed extends BusinessRuleException {
        OpgaveClosed(String opgaveId, String status) {
            super(ErrorCode.OPGAVE_CLOSED, "Opgave " + opgaveId + " is afgesloten (" + status + ") en kan niet meer wijzigen.",
                    Map.of("status", status));
        }
    }

    /** The werkwijze needs the intake first. */
    static final class IntakeNotDone extends BusinessRuleException {
        IntakeNotDone(String opgaveId) {
            super(ErrorCode.INTAKE_NOT_DONE, "Opgave " + opgaveId + " heeft nog geen intake; doe eerst de intake (voorscheider).");
        }
    }

    /** The werkwijze was chosen already. */
    static final class WerkwijzeAlreadyChosen extends BusinessRuleException {
        WerkwijzeAlreadyChosen(String werkwijze) {
            super(ErrorCode.WERKWIJZE_ALREADY_CHOSEN, "De werkwijze is al gekozen: " + werkwijze + ".",
                    Map.of("werkwijze", werkwijze));
        }
    }

    /** A person's decision lacks its justification. */
    static final class ReasonRequired extends BusinessRuleException {
        ReasonRequired(String what) {
            super(ErrorCode.REASON_REQUIRED, "Een reden is verplicht: " + what + ".", Map.of("veld", "reden"));
        }
    }

    /** A gate decision lacks its rationale. */
    static final class RationaleRequired extends BusinessRuleException {
        RationaleRequired(String gateId) {
            super(ErrorCode.RATIONALE_REQUIRED, "Een besluit over gate '" + gateId + "' vraagt een onderbouwing.",
                    Map.of("veld", "onderbouwing"));
        }
    }

    /** The role is held by this person (or, for a role of the sturingsdriehoek, by someone) already. */
    static final class RolAlreadyHeld extends BusinessRuleException {
        RolAlreadyHeld(String rol, String holder) {
            super(ErrorCode.ROL_ALREADY_HELD, "De rol " + rol + " wordt al vervuld door " + holder
                    + "; beëindig die rol eerst.", Map.of("rol", rol, "huidigeHouder", holder));
        }
    }

    /** The role is not held by this person. */
    static final class RolNotHeld extends BusinessRuleException {
        RolNotHeld(String rol, String persoon) {
            super(ErrorCode.ROL_NOT_HELD, persoon + " vervult de rol " + rol + " niet.", Map.of("rol", rol, "persoon", persoon));
        }
    }

    /** No gate is open, or another gate than the one named. */
    static final class GateNotOpen extends BusinessRuleException {
        GateNotOpen(String gateId, String openGate) {
            super(ErrorCode.GATE_NOT_OPEN, openGate == null
                            ? "Gate '" + gateId + "' is niet open; er staat geen gate open."
                            : "Gate '" + gateId + "' is niet open; open staat gate '" + openGate + "'.",
                    openGate == null ? Map.of("gate", gateId) : Map.of("gate", gateId, "openGate", openGate));
        }
    }

    /** The opgave runs no process model (yet). */
    static final class NoProcess extends BusinessRuleException {
        NoProcess(String opgaveId) {
            super(ErrorCode.INVALID_INPUT, "Opgave " + opgaveId + " loopt (nog) niet op een procesmodel; er valt"
                    + " niets te migreren.", Map.of("opgaveId", opgaveId));
        }
    }

    /** A second instance started for one werkwijze choice (a start redelivered after a crash): the first stays. */
    static final class ProcessAlreadyLinked extends BusinessRuleException {
        ProcessAlreadyLinked(String opgaveId, String procesSleutel, long gekoppeld, long aangeboden) {
            super(ErrorCode.PROCESS_ALREADY_LINKED, "Opgave " + opgaveId + " is voor deze werkwijzekeuze (" + procesSleutel
                    + ") al gekoppeld aan procesinstantie " + gekoppeld + "; instantie " + aangeboden
                    + " wordt niet gekoppeld.", Map.of("procesSleutel", procesSleutel));
        }
    }

    /** The target is the version the instance runs on already. */
    static final class SameVersion extends BusinessRuleException {
        SameVersion(String bpmnProcessId, int versie) {
            super(ErrorCode.INVALID_INPUT, "De opgave loopt al op versie " + versie + " van " + bpmnProcessId + ".",
                    Map.of("veld", "versie"));
        }
    }

    /** A gate cannot be due before it opened. */
    static final class DueDateBeforeOpening extends BusinessRuleException {
        DueDateBeforeOpening(String gateId, java.time.Instant uiterlijkOp, java.time.Instant geopendOp) {
            super(ErrorCode.INVALID_INPUT, "Gate '" + gateId + "' kan niet uiterlijk op " + uiterlijkOp
                    + " besloten moeten zijn: hij ging pas open op " + geopendOp + ".",
                    Map.of("veld", "uiterlijkOp", "geopendOp", geopendOp.toString()));
        }
    }

    /** The gate was decided before and has not been opened again. */
    static final class GateAlreadyDecided extends BusinessRuleException {
        GateAlreadyDecided(String gateId, String uitkomst, String door) {
            super(ErrorCode.GATE_ALREADY_DECIDED, "Over gate '" + gateId + "' is al besloten: " + uitkomst + " door " + door + ".",
                    Map.of("gate", gateId, "uitkomst", uitkomst, "besluitDoor", door));
        }
    }

    /** The outcome is not one the model offers at this gate. */
    static final class UnknownOutcome extends BusinessRuleException {
        UnknownOutcome(String uitkomst, java.util.List<String> allowed) {
            super(ErrorCode.UNKNOWN_OUTCOME, "Uitkomst '" + uitkomst + "' bestaat niet bij deze gate; mogelijk: "
                    + String.join(", ", allowed) + ".", Map.of("veld", "uitkomst", "mogelijkeUitkomsten", allowed));
        }
    }

    /** The actor does not hold the role the model names for this decision. */
    static final class NoMandate extends BusinessRuleException {
        NoMandate(String actor, String gateId, String requiredRol) {
            super(ErrorCode.NO_MANDATE, actor + " heeft geen mandaat voor gate '" + gateId + "': daarvoor is de rol "
                    + requiredRol + " op deze opgave nodig, of een geldig mandaat van wie die rol vervult.",
                    Map.of("vereisteRol", requiredRol, "gate", gateId));
        }

        NoMandate(String actor, String gateId, String requiredRol, String mandaatId, String why) {
            super(ErrorCode.NO_MANDATE, actor + " heeft geen mandaat voor gate '" + gateId + "': mandaat " + mandaatId
                    + " " + why + ".", Map.of("vereisteRol", requiredRol, "gate", gateId, "mandaatId", mandaatId));
        }
    }

    /** The actor holds none of the roles on this opgave that the action needs. */
    static final class RolRequired extends BusinessRuleException {
        RolRequired(String actor, String action, java.util.List<nl.opgaveengine.api.opgave.Rol> roles) {
            super(ErrorCode.NO_MANDATE, actor + " mag niet " + action + ": daarvoor is een van deze rollen op de opgave"
                    + " nodig: " + String.join(", ", roles.stream().map(Enum::name).toList()) + ".",
                    Map.of("vereisteRol", String.join(",", roles.stream().map(Enum::name).toList())));
        }
    }

    /** The actor holds no role on the opgave and is no project office. */
    static final class NoRolOnOpgave extends BusinessRuleException {
        NoRolOnOpgave(String actor, String action) {
            super(ErrorCode.NO_MANDATE, actor + " mag niet " + action + ": daarvoor is een rol op deze opgave of"
                    + " de rol PROJECTBUREAU nodig.", Map.of("vereisteRol", "een rol op deze opgave of PROJECTBUREAU"));
        }
    }

    /** The document the gate requires is not attached (or the one named is not that document). */
    static final class DocumentRequired extends BusinessRuleException {
        DocumentRequired(String gateId, String document) {
            super(ErrorCode.DOCUMENT_REQUIRED, "Gate '" + gateId + "' vraagt het document '" + document
                    + "'; voeg het eerst toe.", Map.of("veld", "documentId", "vereistDocument", document));
        }
    }

    /** The named document does not exist on this opgave. */
    static final class DocumentNotFound extends BusinessRuleException {
        DocumentNotFound(String documentId) {
            super(ErrorCode.DOCUMENT_NOT_FOUND, "Document '" + documentId + "' hoort niet bij deze opgave.",
                    Map.of("veld", "documentId"));
        }
    }

    /** Only the current holder of a role can delegate its decision mandate, or revoke it. */
    static final class NotMandaatgever extends BusinessRuleException {
        NotMandaatgever(String actor, String rol, String what) {
            super(ErrorCode.NOT_MANDAATGEVER, actor + " mag " + what + " niet: alleen wie de rol " + rol
                    + " vervult (of het projectbureau, bij intrekken) kan dat.", Map.of("vereisteRol", rol));
        }
    }

    /** The mandate is not active on this opgave (never given, revoked, or lapsed). */
    static final class MandaatNotFound extends BusinessRuleException {
        MandaatNotFound(String mandaatId) {
            super(ErrorCode.MANDAAT_NOT_FOUND, "Mandaat '" + mandaatId + "' is niet actief op deze opgave.",
                    Map.of("mandaatId", mandaatId));
        }
    }

    /** A delegation that cannot be given as asked: the reason says why. */
    static final class MandaatInvalid extends BusinessRuleException {
        MandaatInvalid(String reason, String field) {
            super(ErrorCode.MANDAAT_INVALID, "Dit mandaat kan niet worden verleend: " + reason + ".",
                    Map.of("veld", field));
        }
    }

    /** The action belongs to another werkwijze than the opgave's. */
    static final class WrongWerkwijze extends BusinessRuleException {
        WrongWerkwijze(String what, String vereist, String huidig) {
            super(ErrorCode.WRONG_WERKWIJZE, "Alleen een opgave met werkwijze " + vereist + " kan " + what
                    + "; deze opgave heeft werkwijze " + (huidig == null ? "(nog geen)" : huidig) + ".",
                    huidig == null ? Map.of("vereisteWerkwijze", vereist)
                            : Map.of("vereisteWerkwijze", vereist, "werkwijze", huidig));
        }
    }

    /** The approach of the procesregie is settled: no more steps. */
    static final class AanpakAlreadyChosen extends BusinessRuleException {
        AanpakAlreadyChosen(String opgaveId) {
            super(ErrorCode.AANPAK_ALREADY_CHOSEN, "De aanpak van opgave " + opgaveId
                    + " is al gekozen; het besluit over de vervolgaanpak volgt.");
        }
    }

    /** The procesregie model has not begun its steps yet. */
    static final class WyberenNotStarted extends BusinessRuleException {
        WyberenNotStarted(String opgaveId) {
            super(ErrorCode.WYBEREN_NOT_STARTED, "Het procesmodel van opgave " + opgaveId
                    + " is nog niet aan het wyberen begonnen; probeer het zo opnieuw.");
        }
    }

    /** Only the procesregisseur (the sturingsprofessional of the opgave) steers the steps. */
    static final class NotProcesregisseur extends BusinessRuleException {
        NotProcesregisseur(String actor, String what) {
            super(ErrorCode.NO_MANDATE, actor + " mag niet " + what + ": dat doet de procesregisseur, de rol"
                    + " STURINGSPROFESSIONAL op deze opgave.", Map.of("vereisteRol", "STURINGSPROFESSIONAL"));
        }
    }
}
