/** The prioritisation views: the strategic agenda, the rounds, and the portfolio by rank with its decision history. */
package nl.opgaveengine.query.prioritering;
