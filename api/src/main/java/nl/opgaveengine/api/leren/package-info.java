/** Commands and events of opgavegericht leren: lessons recorded on gate reviews, evaluation reports and procesregie steps, and their reading. */
package nl.opgaveengine.api.leren;
