/** Engine plumbing: keys, transactions with conflict retry, after-commit signals, JSON for lookup columns. */
package nl.opgaveengine.engine.support;
