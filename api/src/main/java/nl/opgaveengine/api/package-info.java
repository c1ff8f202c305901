/**
 * The message contract of Opgave Engine: commands, events, ids and error codes as plain records; and in
 * {@code tijd}, how the event store's moments are read, which every module shares.
 */
package nl.opgaveengine.api;
