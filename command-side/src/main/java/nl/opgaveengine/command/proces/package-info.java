/** The bridge between the Opgave domain and the process engine: starting models, publishing decisions, job workers. */
package nl.opgaveengine.command.proces;
