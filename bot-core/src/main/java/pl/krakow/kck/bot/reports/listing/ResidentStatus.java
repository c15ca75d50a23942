package pl.krakow.kck.bot.reports.listing;

import pl.krakow.kck.bot.reports.Report;

/** The catalogue word for an Open311 status, the same in the chat, the status reply and the public list. */
public final class ResidentStatus {

    private ResidentStatus() {
    }

    /** The {@code reports.*} key naming the status, without the area. */
    public static String key(String status) {
        return Report.CLOSED.equals(status) ? "status-closed" : "status-open";
    }
}
