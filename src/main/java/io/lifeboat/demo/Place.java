package io.lifeboat.demo;

/** A city, port or sea area of the sample world, with its region code and local UTC offset. */
record Place(String id, String nameEn, String nameZh, String region, double lat, double lon, String offset) {
}
