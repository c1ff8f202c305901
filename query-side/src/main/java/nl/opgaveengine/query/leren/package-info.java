/** The lessons views: the searchable register across opgaven and the lessons offered at the intake of an opgave. */
package nl.opgaveengine.query.leren;
