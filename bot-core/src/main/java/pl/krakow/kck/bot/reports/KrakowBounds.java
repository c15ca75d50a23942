package pl.krakow.kck.bot.reports;

/**
 * The box a report's coordinates must lie in: Kraków's city limits with a small margin,
 * latitude 49.96–50.13 N and longitude 19.79–20.22 E (WGS 84).
 */
public final class KrakowBounds {

    public static final double MIN_LAT = 49.96;
    public static final double MAX_LAT = 50.13;
    public static final double MIN_LON = 19.79;
    public static final double MAX_LON = 20.22;

    private KrakowBounds() {
    }

    public static boolean contains(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }
}
