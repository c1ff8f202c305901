/** Small helpers shared by the projections: timestamps, JSON text and event message details. */
package nl.opgaveengine.query.support;
