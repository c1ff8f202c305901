package nl.opgaveengine.api.opgave;

/**
 * An event of another aggregate (the strategic agenda, a prioritisation round, the lessons register, an initiative)
 * that concerns one opgave: it belongs to that opgave's history and audit trail, with who, when, role and why.
 */
public interface OpgaveBetrokkenEvent {

    String opgaveId();

    Attribution attribution();
}
