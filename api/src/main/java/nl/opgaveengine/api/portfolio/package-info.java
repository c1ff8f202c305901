/** Commands and events of portfoliosturing: the strategic agenda, links of opgaven to it, and prioritisation rounds. */
package nl.opgaveengine.api.portfolio;
