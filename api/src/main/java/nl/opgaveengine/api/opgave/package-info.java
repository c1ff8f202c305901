/** Commands and events of the opgave lifecycle: registration, intake, werkwijze, roles, documents, phases and gates. */
package nl.opgaveengine.api.opgave;
