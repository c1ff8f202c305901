/** The event history view: every opgave event with who, role, when, why and its payload, for auditors. */
package nl.opgaveengine.query.audit;
