package org.backcoach.safety;
public final class EscalationTexts { public static String full(EscalationLevel l) { return "ESC " + l; } public static String reminder(EscalationLevel l) { return "REM " + l; } }
