package nl.opgaveengine.command.proces.rest;

import org.springframework.http.HttpStatus;

/** A refusal of the Camunda 8 REST API: the HTTP status, Camunda's title (the rejection type) and the detail. */
public class CamundaRestProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    public CamundaRestProblem(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
