/** Messages: each published message is a small aggregate; correlation goes to the waiting instances. */
package nl.opgaveengine.engine.message;
