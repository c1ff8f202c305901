/** REST endpoints of the batenregister. */
package nl.opgaveengine.query.baten.web;
