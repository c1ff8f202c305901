/** Commands and events of the municipality's configurable list of areas (wijken, buurten). */
package nl.opgaveengine.api.gebied;
