package pl.krakow.kck.bot.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import pl.krakow.kck.bot.storage.Jdbc;

/** Looking reports up: by the Open311 filters, and the open ones near a place (a resident may join one). */
final class ReportSearch {

    private final Jdbc jdbc;

    ReportSearch(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Reports matching Open311 filters, newest first. */
    List<Report> search(ReportQuery query) {
        StringBuilder sql = new StringBuilder(ReportRows.SELECT).append("WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!query.numbers().isEmpty()) {
            in(sql, parameters, "report_number", query.numbers());
        } else {
            if (!query.serviceCodes().isEmpty()) {
                in(sql, parameters, "service_code", query.serviceCodes());
            }
            if (!query.statuses().isEmpty()) {
                in(sql, parameters, "status", query.statuses());
            }
            if (query.start() != null) {
                sql.append(" AND requested_at >= ?");
                parameters.add(query.start());
            }
            if (query.end() != null) {
                sql.append(" AND requested_at <= ?");
                parameters.add(query.end());
            }
        }
        sql.append(" ORDER BY requested_at DESC, id DESC");
        return jdbc.list("cannot search reports", sql.toString(), query.limit(), ReportRows::report, parameters.toArray());
    }

    /**
     * Open reports of the category near the place: within {@code radiusMetres} (haversine) when both have
     * coordinates, or at the same address when written the same way. Nearest first, three at most.
     */
    List<Report> nearbyOpen(String serviceCode, Location location, double radiusMetres) {
        if (location == null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(ReportRows.SELECT).append("WHERE service_code = ? AND status = 'open' AND (1 = 0");
        List<Object> parameters = new ArrayList<>(List.of(serviceCode));
        if (location.hasCoordinates()) {
            double dLat = radiusMetres * 1.5 / 111_320.0;
            double dLon = dLat / Math.max(0.1, Math.cos(Math.toRadians(location.lat())));
            sql.append(" OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?)");
            parameters.addAll(List.of(location.lat() - dLat, location.lat() + dLat, location.lon() - dLon, location.lon() + dLon));
        }
        String address = location.normalizedAddress();
        if (address != null && !address.isEmpty()) {
            sql.append(" OR normalized_address = ?");
            parameters.add(address);
        }
        sql.append(") ORDER BY requested_at DESC");
        List<Report> near = new ArrayList<>(jdbc.list("cannot look for nearby reports", sql.toString(), 50, ReportRows::report,
                parameters.toArray()));
        near.removeIf(report -> !(close(location, report, radiusMetres) || sameAddress(address, report)));
        if (location.hasCoordinates()) {
            near.sort(Comparator.comparingDouble(r -> r.hasCoordinates()
                    ? GeoDistance.metres(location.lat(), location.lon(), r.lat(), r.lon()) : radiusMetres));
        }
        return near.stream().limit(3).toList();
    }

    private static boolean close(Location location, Report report, double radiusMetres) {
        return location.hasCoordinates() && report.hasCoordinates()
                && GeoDistance.metres(location.lat(), location.lon(), report.lat(), report.lon()) <= radiusMetres;
    }

    private static boolean sameAddress(String address, Report report) {
        return address != null && report.address() != null
                && address.equals(Location.address(report.address()).normalizedAddress());
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, List<String> values) {
        sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", values.stream().map(v -> "?").toList())).append(')');
        parameters.addAll(values);
    }
}
