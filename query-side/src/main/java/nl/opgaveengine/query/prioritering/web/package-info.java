/** The REST API of the prioritisation views. */
package nl.opgaveengine.query.prioritering.web;
