/** Commands and events of uitnodigen binnen kaders: the published frames, initiatives from society, their assessment, answer and conversion into an opgave. */
package nl.opgaveengine.api.initiatief;
