/** The message contract of a programme's doelen-inspanningen-netwerk (DIN): goals, efforts, progress. */
package nl.opgaveengine.api.din;
