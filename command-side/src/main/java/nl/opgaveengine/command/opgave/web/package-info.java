/** The command REST API of opgaven: register, intake, werkwijze, roles, documents and gate decisions. */
package nl.opgaveengine.command.opgave.web;
