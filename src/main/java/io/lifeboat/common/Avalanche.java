package io.lifeboat.common;

/** MurmurHash3's 64-bit finaliser (fmix64): every input bit affects every output bit. */
public final class Avalanche {
    private Avalanche() {
    }

    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
