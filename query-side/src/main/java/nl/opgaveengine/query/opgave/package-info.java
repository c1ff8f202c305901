/** The opgave detail view: everything known about one opgave, including its roles, documents and decisions. */
package nl.opgaveengine.query.opgave;
