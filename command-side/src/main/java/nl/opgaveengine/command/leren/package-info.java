/** Opgavegericht leren on the command side: lessons recorded on an opgave, and their reading at the intake of another. */
package nl.opgaveengine.command.leren;
