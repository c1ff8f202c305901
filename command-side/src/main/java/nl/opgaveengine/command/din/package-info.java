/** The doelen-inspanningen-netwerk (DIN) of a programme: goals, the efforts that serve them, and their progress. */
package nl.opgaveengine.command.din;
