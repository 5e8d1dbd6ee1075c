package io.lifeboat.dataset;

import io.lifeboat.model.Booking;
import io.lifeboat.model.Tags;
import java.util.Arrays;
import java.util.List;

/** {@code bookings.csv}: booking_id, lead_name, party_size, phone, email, locale, tier, needs, status. */
final class BookingCsv implements CsvCodec<Booking> {
    static final List<String> COLUMNS = List.of(
            "booking_id", "lead_name", "party_size", "phone", "email", "locale", "tier", "needs", "status");

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String keyField() {
        return "booking_id";
    }

    @Override
    public String key(Booking b) {
        return b.bookingId();
    }

    @Override
    public Booking read(RowCheck ck) {
        String id = ck.id(0);
        String name = ck.text(1);
        int party = ck.integer(2, 1, 10_000);
        String phone = ck.phone(3);
        String email = ck.email(4);
        String locale = ck.locale(5);
        String tier = ck.oneOf(6, Booking.TIER_STANDARD, Booking.TIER_VIP);
        List<String> needs = ck.tags(7);
        String status = ck.oneOf(8, Booking.CONFIRMED, Booking.CANCELLED);
        return ck.ok() ? new Booking(id, name, party, phone, email, locale, tier, needs, status) : null;
    }

    @Override
    public List<String> write(Booking b) {
        return Arrays.asList(b.bookingId(), b.leadName(), Integer.toString(b.partySize()), nz(b.phone()),
                nz(b.email()), b.locale(), b.tier(), Tags.join(b.needs()), b.status());
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
