package pl.krakow.kck.bot.reports;

import java.util.Locale;

/**
 * Where a problem is: an address or landmark as the resident gave it, coordinates, or both.
 *
 * @param address      street and number, or a landmark, as written; null when only coordinates are known
 * @param lat          latitude (WGS 84), or null
 * @param lon          longitude (WGS 84), or null
 * @param detailWanted the street came with the first message but no number or landmark: the form asks once
 *                     more where exactly on that street
 */
public record Location(String address, Double lat, Double lon, boolean detailWanted) {

    public static Location address(String address) {
        return new Location(address, null, null, false);
    }

    public static Location coordinates(double lat, double lon) {
        return new Location(null, lat, lon, false);
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** What the resident reads in the summary. */
    public String label() {
        String point = hasCoordinates() ? String.format(Locale.ROOT, "%.5f, %.5f", lat, lon) : null;
        if (address != null && point != null) {
            return address + " (" + point + ")";
        }
        return address != null ? address : point;
    }

    /** Lower case, single spaces, no punctuation: two reports at "Karmelicka 12" and "karmelicka  12." meet. */
    public String normalizedAddress() {
        return address == null ? null
                : pl.krakow.kck.bot.retrieval.TextAnalyzer.fold(address).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
