/** The Camunda 8 gateway protocol (gRPC) served by the embedded engine, so Camunda clients and Modeler work against it. */
package nl.opgaveengine.engine.gateway;
