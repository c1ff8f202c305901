/** The command REST API of the list of areas. */
package nl.opgaveengine.command.gebied.web;
