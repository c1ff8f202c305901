/** The message contract of Opgave Engine: commands, events, ids and error codes as plain records. */
package nl.opgaveengine.api;
