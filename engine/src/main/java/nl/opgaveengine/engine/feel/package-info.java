/** FEEL evaluation for conditions, mappings, job types and correlation keys, with results as plain Java values. */
package nl.opgaveengine.engine.feel;
