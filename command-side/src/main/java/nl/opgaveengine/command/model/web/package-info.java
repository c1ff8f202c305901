/** The REST API of process models. */
package nl.opgaveengine.command.model.web;
