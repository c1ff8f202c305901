/** The read view of a programme's doelen-inspanningen-netwerk: goals with progress rolled up from their efforts. */
package nl.opgaveengine.query.din;
