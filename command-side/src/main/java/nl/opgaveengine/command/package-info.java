/** The command side: aggregates, the bridge to the process engine and the command REST API. */
package nl.opgaveengine.command;
