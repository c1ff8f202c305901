/** The batenregister view: baten per opgave and DIN goal, their owner, expected and realised measures, and handovers. */
package nl.opgaveengine.query.baten;
