/** The admin endpoints for rebuilding projections (role BEHEERDER). */
package nl.opgaveengine.query.beheer.web;
