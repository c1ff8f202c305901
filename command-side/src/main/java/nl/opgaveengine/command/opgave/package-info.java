/** The Opgave aggregate: its rules for intake, werkwijze, roles, documents and gate decisions. */
package nl.opgaveengine.command.opgave;
