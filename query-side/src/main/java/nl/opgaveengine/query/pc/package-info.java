/** The P&C report view: per P&C moment and opgave, report submitted or missing, budget spent against planned, status and forecast. */
package nl.opgaveengine.query.pc;
