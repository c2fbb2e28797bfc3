package org.backcoach.safety;
public final class Pushback { public static boolean isPushback(String m) { return m.contains("fine"); } }
