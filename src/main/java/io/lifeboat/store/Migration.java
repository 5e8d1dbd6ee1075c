package io.lifeboat.store;

/** One schema step: a version number, what it does, and the script that does it. */
record Migration(int version, String description, String script) {
}
