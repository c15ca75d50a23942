package pl.krakow.kck.bot.reports.listing;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pl.krakow.kck.bot.storage.Database;
import pl.krakow.kck.bot.storage.Jdbc;
import pl.krakow.kck.bot.storage.StorageException;

/**
 * The public list of reports: every report, newest first, as the Open311 feed has them (same numbers, same
 * statuses), filtered by category, district and status and cut into pages. Only what is public: number,
 * category, street-level place, district, status and dates — no description, contact or photo. A report's
 * district is worked out once from its address with the gazetteer and kept in {@code report_district}.
 */
public final class PublicReports {

    public static final int PAGE_SIZE = 20;
    private static final int BATCH = 2000;

    /** Filters; null means any. */
    public record Filter(String serviceCode, String district, String status) {
    }

    public record Entry(String number, String serviceCode, String serviceName, String place, String district, String status,
                        OffsetDateTime requestedAt, OffsetDateTime updatedAt) {
    }

    /** One page (numbered from 1) of {@code pages}, and how many reports match in all. */
    public record Page(List<Entry> entries, int page, int pages, long total) {
    }

    private final Jdbc jdbc;
    private final DistrictGazetteer gazetteer;

    public PublicReports(Database database, DistrictGazetteer gazetteer) {
        this.jdbc = new Jdbc(database);
        this.gazetteer = gazetteer;
    }

    public DistrictGazetteer gazetteer() {
        return gazetteer;
    }

    /** The page asked for, or the last one when it asks beyond. */
    public Page page(Filter filter, int page) {
        assignDistricts();
        StringBuilder where = new StringBuilder(" FROM report r LEFT JOIN report_district d ON d.report_id = r.id WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.serviceCode() != null) {
            where.append(" AND r.service_code = ?");
            parameters.add(filter.serviceCode());
        }
        if (filter.district() != null) {
            where.append(" AND d.district = ?");
            parameters.add(filter.district());
        }
        if (filter.status() != null) {
            where.append(" AND r.status = ?");
            parameters.add(filter.status());
        }
        long total = jdbc.first("cannot count public reports", "SELECT COUNT(*) AS n" + where, row -> row.number("n"),
                parameters.toArray()).orElse(0L);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(PAGE_SIZE);
        paged.add((shown - 1) * PAGE_SIZE);
        List<Entry> entries = jdbc.list("cannot list public reports",
                "SELECT r.report_number, r.service_code, r.service_name, r.address, r.lat, r.lon, r.status, r.requested_at,"
                        + " r.updated_at, d.district" + where + " ORDER BY r.requested_at DESC, r.id DESC LIMIT ? OFFSET ?",
                row -> new Entry(row.string("report_number"), row.string("service_code"), row.string("service_name"),
                        PublicPlace.of(row.string("address"), row.nullableDecimal("lat"), row.nullableDecimal("lon")),
                        row.string("district"), row.string("status"), row.time("requested_at"), row.time("updated_at")),
                paged.toArray());
        return new Page(entries, shown, pages, total);
    }

    private record Pending(long id, String address, boolean known) {
    }

    /**
     * Works out the districts of reports filed since the last look (or worked out with another gazetteer),
     * up to {@value #BATCH} at a time, in one transaction.
     */
    private void assignDistricts() {
        List<Pending> pending = jdbc.list("cannot read reports without a district", "SELECT r.id, r.address, d.report_id AS known"
                        + " FROM report r LEFT JOIN report_district d ON d.report_id = r.id WHERE d.report_id IS NULL OR d.gazetteer <> ?",
                BATCH, row -> new Pending(row.number("id"), row.string("address"), row.nullableNumber("known") != null),
                gazetteer.version());
        if (pending.isEmpty()) {
            return;
        }
        try {
            jdbc.transaction("cannot note the reports' districts", c -> {
                for (Pending report : pending) {
                    Object district = Jdbc.orNull(Optional.ofNullable(report.address()).flatMap(gazetteer::of)
                            .map(DistrictGazetteer.District::code).orElse(null), Types.VARCHAR);
                    if (report.known()) {
                        Jdbc.execute(c, "UPDATE report_district SET district = ?, gazetteer = ? WHERE report_id = ?",
                                district, gazetteer.version(), report.id());
                    } else {
                        Jdbc.execute(c, "INSERT INTO report_district (report_id, district, gazetteer) VALUES (?, ?, ?)",
                                report.id(), district, gazetteer.version());
                    }
                }
                return null;
            });
        } catch (StorageException e) {
            if (!Jdbc.uniqueViolation(e)) {
                throw e;
            } // another node noted the same reports at the same moment: they have their districts
        }
    }
}
