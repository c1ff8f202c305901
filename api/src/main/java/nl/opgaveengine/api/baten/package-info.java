/** Commands and events of batenmanagement: a baat (benefit) per opgave and DIN goal, its measures and its handover to the line. */
package nl.opgaveengine.api.baten;
