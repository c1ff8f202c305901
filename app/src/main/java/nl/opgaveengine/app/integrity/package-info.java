/** The tamper-evident event log: hash chains per aggregate and globally, signed checkpoints, verification. */
package nl.opgaveengine.app.integrity;
