/** Small read endpoints the web interface needs beside the REST API: who is signed in, a model version's BPMN XML. */
package nl.opgaveengine.app.ui;
