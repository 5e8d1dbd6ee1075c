package io.lifeboat.demo;

import io.lifeboat.model.SegmentKind;

/**
 * One leg of an itinerary template: a kind at a place, starting {@code day} days after the trip starts
 * at local hour {@code hour}, lasting {@code hours}.
 */
record Leg(SegmentKind kind, String place, int day, double hour, double hours, String label) {
}
