/** The area views (gebiedsgericht werken): the list of areas and, per area, everything running there. */
package nl.opgaveengine.query.gebied;
