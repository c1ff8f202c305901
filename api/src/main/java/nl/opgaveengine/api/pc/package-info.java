/** Commands and events of the P&C cycle: the moments of the calendar and the voortgangsrapportages per opgave. */
package nl.opgaveengine.api.pc;
