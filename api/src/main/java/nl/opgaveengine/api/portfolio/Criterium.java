package nl.opgaveengine.api.portfolio;

/**
 * A criterion of a prioritisation round: scores run from 1 to 5 and count with the weight, in the given direction.
 *
 * @param code    short key used in scores, such as {@code urgentie}
 * @param naam    the name shown
 * @param gewicht weight from 1 to 10
 * @param richting whether high scores rank higher or lower
 */
public record Criterium(String code, String naam, int gewicht, Richting richting) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    /** The contribution of a score to an opgave's total. */
    public int bijdrage(int score) {
        return gewicht * (richting == Richting.LAGER_IS_BETER ? MAX_SCORE + MIN_SCORE - score : score);
    }
}
