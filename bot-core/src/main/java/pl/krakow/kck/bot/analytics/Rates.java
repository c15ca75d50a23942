package pl.krakow.kck.bot.analytics;

/** Shares rounded to four decimals; 0 of 0 is 0. */
final class Rates {

    private Rates() {
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    static Double round1(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
