/** The command REST API of the P&C cycle: plan a moment, submit a voortgangsrapportage. */
package nl.opgaveengine.command.pc.web;
