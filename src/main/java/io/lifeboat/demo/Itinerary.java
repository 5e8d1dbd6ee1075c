package io.lifeboat.demo;

import java.util.List;

/** A packaged trip the sample agency sells, with how often it is booked and by whom. */
record Itinerary(String name, int weight, List<Leg> legs, boolean cruise) {
}
