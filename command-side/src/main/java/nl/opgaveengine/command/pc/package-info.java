/** The P&C calendar (PcMoment) and the voortgangsrapportage per opgave per moment, each its own aggregate. */
package nl.opgaveengine.command.pc;
