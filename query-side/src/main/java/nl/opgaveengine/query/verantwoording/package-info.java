/** The verantwoording (accountability) view: decisions, deviations from the model's route with their justification, and the mandate history. */
package nl.opgaveengine.query.verantwoording;
