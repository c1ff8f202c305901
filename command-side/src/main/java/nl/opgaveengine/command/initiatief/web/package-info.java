/** The command REST API of initiatives: publish frames, submit, assess, answer, turn into an opgave. */
package nl.opgaveengine.command.initiatief.web;
