/** The REST API of the areas and the area view, for the gebiedsmanager. */
package nl.opgaveengine.query.gebied.web;
