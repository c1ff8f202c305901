package nl.opgaveengine.command.security;

/** Roles a user holds across all opgaven (Spring authorities {@code ROLE_<name>}). */
public enum GlobalRole {
    PROJECTBUREAU, CONTROLLER, PROCESEIGENAAR, BEHEERDER, COLLEGE, GEBIEDSMANAGER;

    public String authority() {
        return "ROLE_" + name();
    }
}
