/** Uitnodigen binnen kaders on the command side: the published frames and the life of an initiative from society. */
package nl.opgaveengine.command.initiatief;
