package nl.opgaveengine.api.opgave;

/** Opgave-scoped roles: the sturingsdriehoek and the other key figures. */
public enum Rol {
    BESTUURLIJK_OPDRACHTGEVER,
    AMBTELIJK_OPDRACHTGEVER,
    STURINGSPROFESSIONAL,
    OPGAVEMANAGER,
    LIJNMANAGER,
    BELEIDSADVISEUR,
    VAKINHOUDELIJK_MEDEWERKER,
    PLANNING_EN_CONTROL_MEDEWERKER;

    /** True for the three roles of the sturingsdriehoek. */
    public boolean inSturingsdriehoek() {
        return this == BESTUURLIJK_OPDRACHTGEVER || this == AMBTELIJK_OPDRACHTGEVER || this == STURINGSPROFESSIONAL;
    }
}
