/** The command REST API of lessons: record a lesson on an opgave, record that a lesson was read at intake. */
package nl.opgaveengine.command.leren.web;
