/** Reading moments in the forms the event store writes them. */
package nl.opgaveengine.api.tijd;
