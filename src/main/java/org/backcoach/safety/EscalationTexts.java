package org.backcoach.safety;

/**
 * The fixed escalation messages. Written and reviewed as text, kept in code on purpose: no
 * configuration, corpus edit or ranking change can alter or replace them. They say what to do,
 * in plain words, and never name a diagnosis.
 */
public final class EscalationTexts {

    private static final String NOT_A_DOCTOR = "BackCoach is not a substitute for a doctor.";
    /** Carers write about a partner or parent, and their red flags escalate too. */
    private static final String ABOUT_SOMEONE_ELSE = "If you are writing about someone else, all of this applies to them.\n";

    private static final String EMERGENCY_FULL = """
            Please get emergency care now.
            What you describe needs a doctor to see you straight away.
            - Call your local emergency number (for example 911, 999 or 112) or go to the nearest emergency department.
            - Do not exercise or lift anything.
            - Do not wait to see if it passes.
            """ + ABOUT_SOMEONE_ELSE + NOT_A_DOCTOR;

    private static final String URGENT_FULL = """
            Please see a doctor before you train.
            What you describe needs a doctor's check first.
            - Do not start or continue strength training until a doctor has checked you.
            - Contact your doctor or a clinic soon: today or in the next few days.
            - If your symptoms suddenly get worse, or you lose control of your bladder or bowels, or your legs become weak or numb, get emergency care straight away.
            """ + ABOUT_SOMEONE_ELSE + NOT_A_DOCTOR;

    private static final String STOP_FULL = """
            Please stop the exercise now.
            Some soreness after training is normal, but sharp or sudden pain during exercise is not.
            - Stop right away and put the weight down safely.
            - Rest, and do not go back to that exercise today.
            - If the pain does not settle, or you notice numbness, weakness, or changes in bladder or bowel control, get medical help.
            """ + ABOUT_SOMEONE_ELSE + NOT_A_DOCTOR;

    private EscalationTexts() {
    }

    /** The message shown when triage escalates. */
    public static String full(EscalationLevel level) {
        return switch (level) {
            case EMERGENCY -> EMERGENCY_FULL;
            case URGENT -> URGENT_FULL;
            case STOP -> STOP_FULL;
        };
    }

    /** The short restatement shown when the user pushes back on an escalation. */
    public static String reminder(EscalationLevel level) {
        return switch (level) {
            case EMERGENCY -> "I understand, but what you described needs emergency care now: call your local "
                    + "emergency number (such as 911, 999 or 112) or go to the emergency department. "
                    + "Please don't wait to see if it passes.";
            case URGENT -> "I understand, but please have a doctor check you before any strength training; "
                    + "contact your doctor or a clinic in the next few days. If things suddenly get worse, "
                    + "get emergency care.";
            case STOP -> "I understand, but please don't carry on with that exercise today: sharp or sudden "
                    + "pain is a signal to stop and rest. If it doesn't settle, or you notice numbness or "
                    + "weakness, get medical help.";
        };
    }
}
