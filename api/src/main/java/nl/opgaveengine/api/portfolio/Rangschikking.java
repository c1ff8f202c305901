package nl.opgaveengine.api.portfolio;

/** One opgave in a decided round: its rank by weighted score (1 is highest), its total, and the college's choice. */
public record Rangschikking(String opgaveId, int rang, int totaal, KeuzeUitkomst keuze, String reden) {
}
