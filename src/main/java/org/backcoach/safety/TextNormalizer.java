package org.backcoach.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings a chat message into the one shape the safety rules are written for: lower case, no
 * apostrophes ({@code can't} and {@code cant} both become {@code cant}), words separated by single
 * spaces, commas kept as {@code ", "} because they bound clauses, and one string per sentence.
 * Emoji and other symbols become spaces. Linear in the length of the message.
 */
final class TextNormalizer {

    private static final char SENTENCE_BREAK = '\n';
    /** Letters repeated more than twice are cut to two ("soooo" -> "soo", "bladdder" -> "bladder"). */
    private static final int MAX_REPEATED_LETTERS = 2;

    /** Spellings that mean the same to the rules ("can not", "cnt" -> "cant"). */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("cannot", "cant"), Map.entry("can not", "cant"), Map.entry("cnt", "cant"), Map.entry("wt", "weight"),
            Map.entry("cnat", "cant"), Map.entry("w", "with"), Map.entry("w o", "without"), Map.entry("demam", "fever"), Map.entry("pipi", "pee"), Map.entry("falled", "fell"), Map.entry("thru", "through"), Map.entry("no can", "cant"), Map.entry("fell of", "fell off"), Map.entry("came of", "came off"), Map.entry("do not", "dont"), Map.entry("dnt", "dont"),
            Map.entry("does not", "doesnt"), Map.entry("did not", "didnt"), Map.entry("have not", "havent"),
            Map.entry("has not", "hasnt"), Map.entry("had not", "hadnt"), Map.entry("is not", "isnt"),
            Map.entry("are not", "arent"), Map.entry("was not", "wasnt"), Map.entry("were not", "werent"),
            Map.entry("will not", "wont"), Map.entry("could not", "couldnt"), Map.entry("would not", "wouldnt"),
            Map.entry("i am", "im"), Map.entry("iam", "im"), Map.entry("u", "you"), Map.entry("ur", "your"),
            Map.entry("idk", "i dont know"), Map.entry("yrs", "years"), Map.entry("wks", "weeks"),
            Map.entry("n", "and"), Map.entry("nite", "night"), Map.entry("nites", "nights"),
            // "need 2 pee": "2" is "to" only after these verbs ("lost 2 stone" keeps its number)
            Map.entry("need 2", "need to"), Map.entry("have 2", "have to"), Map.entry("want 2", "want to"),
            Map.entry("got 2", "got to"), Map.entry("go 2", "go to"), Map.entry("able 2", "able to"),
            Map.entry("trying 2", "trying to"), Map.entry("hard 2", "hard to"),
            // common misspellings of the words the red flag rules look for
            Map.entry("pian", "pain"), Map.entry("bak", "back"), Map.entry("bladdr", "bladder"), Map.entry("bladdar", "bladder"), Map.entry("controll", "control"),
            Map.entry("erectyle", "erectile"), Map.entry("errectile", "erectile"), Map.entry("wieght", "weight"),
            Map.entry("weigth", "weight"), Map.entry("numbess", "numbness"),
            Map.entry("numbnes", "numbness"), Map.entry("feevr", "fever"),
            Map.entry("fevar", "fever"), Map.entry("siatica", "sciatica"), Map.entry("sciatia", "sciatica"),
            Map.entry("incontinant", "incontinent"), Map.entry("urin", "urine"),
            // Scots: "cannae feel", "nae feelin durin"
            Map.entry("cannae", "cant"), Map.entry("canna", "cant"), Map.entry("dinnae", "dont"), Map.entry("didnae", "didnt"),
            Map.entry("disnae", "doesnt"), Map.entry("isnae", "isnt"), Map.entry("wouldnae", "wouldnt"), Map.entry("nae", "no"),
            Map.entry("feelin", "feeling"), Map.entry("durin", "during"), Map.entry("somethin", "something"),
            Map.entry("nothin", "nothing"), Map.entry("lyin", "lying"), Map.entry("liftin", "lifting"),
            // Nigerian Pidgin: "my man no fit perform again", "I don slim well well but I no do anything"
            Map.entry("no fit", "cant"), Map.entry("don slim", "lost weight"), Map.entry("dey pain", "hurts"),
            // "my body dey hot since 3 days", "e just comot for my trouser"
            Map.entry("dey hot", "feverish"), Map.entry("comot", "came out"), Map.entry("abeg", "please"), Map.entry("dey fear", "am scared"),
            // Portuguese family words in English messages: "minha vó had cancer"
            Map.entry("minha vó", "my grandma"), Map.entry("minha vo", "my grandma"), Map.entry("minha avó", "my grandma"),
            Map.entry("minha mãe", "my mum"), Map.entry("meu pai", "my dad"), Map.entry("meu avô", "my grandad"));

    /**
     * Taglish: Filipino users switch into Tagalog for exactly the words that matter ("manhid yung pwet
     * ko", "may lagnat po ako", "nadulas siya sa hagdan"). The words the red-flag rules read are put into
     * English; the politeness particle "po" is dropped. Word order stays Tagalog, so the rules and the
     * second reader see "numb the bum my" rather than nothing at all.
     */
    private static final Map<String, String> TAGALOG = Map.ofEntries(
            Map.entry("po", ""), Map.entry("ako", "i"), Map.entry("ko", "my"), Map.entry("siya", "she"), Map.entry("niya", "her"),
            Map.entry("yung", "the"), Map.entry("ang", "the"), Map.entry("sa", "in"), Map.entry("hindi", "not"),
            Map.entry("kahit", "even though"), Map.entry("parang", "like"), Map.entry("ngayon", "now"), Map.entry("kahapon", "yesterday"),
            Map.entry("kanina", "today"), Map.entry("dati", "in the past"), Map.entry("bigla", "suddenly"), Map.entry("biglang", "sudden"),
            Map.entry("nagbubuhat", "lifting"), Map.entry("magbuhat", "lift"), Map.entry("buhat", "lift"), Map.entry("tapos", "then"),
            Map.entry("likod", "back"), Map.entry("masakit", "painful"), Map.entry("sakit", "pain"), Map.entry("sumasakit", "hurts"),
            Map.entry("sumakit", "hurt"), Map.entry("matinding", "severe"), Map.entry("tinusok", "stabbed"), Map.entry("narinig", "heard"),
            Map.entry("manhid", "numb"), Map.entry("namamanhid", "numb"), Map.entry("pwet", "bum"), Map.entry("puwet", "bum"),
            Map.entry("singit", "groin"), Map.entry("binti", "legs"), Map.entry("paa", "feet"), Map.entry("mahina", "weak"),
            Map.entry("dibdib", "chest"), Map.entry("hirap huminga", "cant breathe"), Map.entry("huminga", "breathe"),
            Map.entry("lagnat", "fever"), Map.entry("nilalagnat", "feverish"), Map.entry("pumapayat", "losing weight"),
            Map.entry("nagdidiet", "dieting"), Map.entry("nadulas", "slipped"), Map.entry("nahulog", "fell"), Map.entry("natumba", "fell"),
            Map.entry("hagdan", "stairs"), Map.entry("lumalala", "getting worse"), Map.entry("nabangga", "was in a crash"),
            Map.entry("ihi", "pee"), Map.entry("umihi", "pee"), Map.entry("makaihi", "pee"), Map.entry("naihi", "wet myself"),
            Map.entry("gabi", "night"), Map.entry("makatulog", "sleep"), Map.entry("lola", "grandma"), Map.entry("lolo", "grandad"),
            Map.entry("pumayat", "lost weight"), Map.entry("nanghihina", "getting weak"), Map.entry("nanghina", "got weak"),
            Map.entry("dalawang", "both"),
            Map.entry("nanay", "mum"), Map.entry("tatay", "dad"), Map.entry("tito", "uncle"), Map.entry("tita", "aunt"),
            Map.entry("simpleng", "simple"), Map.entry("lang", "only"));

    /**
     * Spanish and Portuguese, the same way: Latin American, Spanish and Brazilian users write English around the words that
     * matter ("mi papá tiene dolor de espalda y no siente bien las dos piernas").
     */
    private static final Map<String, String> SPANISH_AND_PORTUGUESE = Map.ofEntries(
            Map.entry("mi papá", "my dad"), Map.entry("mi papa", "my dad"), Map.entry("mi padre", "my dad"),
            Map.entry("mi mamá", "my mum"), Map.entry("mi mama", "my mum"), Map.entry("mi madre", "my mum"),
            Map.entry("mi abuela", "my grandma"), Map.entry("mi abuelo", "my grandad"), Map.entry("mi esposo", "my husband"),
            Map.entry("mi esposa", "my wife"), Map.entry("mi fisio", "my physio"), Map.entry("tiene", "has"), Map.entry("tengo", "i have"),
            Map.entry("tuvo", "had"), Map.entry("tuve", "i had"), Map.entry("de espalda", "in the back"), Map.entry("espalda", "back"),
            Map.entry("dolor", "pain"), Map.entry("fuerte", "severe"), Map.entry("piernas", "legs"), Map.entry("pierna", "leg"),
            Map.entry("no siente", "cant feel"), Map.entry("no siento", "i cant feel"), Map.entry("sentir", "feel"),
            Map.entry("entrepierna", "groin"), Map.entry("no puede", "cant"),
            Map.entry("no puedo", "i cant"), Map.entry("las dos", "both"), Map.entry("desde ayer", "since yesterday"),
            Map.entry("ayer", "yesterday"), Map.entry("hoy", "today"), Map.entry("ahora", "now"), Map.entry("hace años", "years ago"),
            Map.entry("hace anos", "years ago"), Map.entry("cáncer", "cancer"), Map.entry("próstata", "prostate"),
            Map.entry("fiebre", "fever"), Map.entry("pecho", "chest"), Map.entry("entumecido", "numb"), Map.entry("entumecida", "numb"),
            Map.entry("hormigueo", "tingling"), Map.entry("orinar", "pee"), Map.entry("me caí", "i fell"), Map.entry("se cayó", "fell"),
            Map.entry("pesas", "weights"), Map.entry("cocô", "poo"), Map.entry("xixi", "pee"),
            Map.entry("sintió", "felt"), Map.entry("sintio", "felt"), Map.entry("sentí", "i felt"), Map.entry("senti", "i felt"),
            Map.entry("agudo", "sharp"), Map.entry("repentino", "sudden"), Map.entry("ahora mismo", "right now"),
            Map.entry("dolor agudo", "sharp pain"), Map.entry("un dolor", "a pain"),
            Map.entry("haciendo ejercicios", "doing exercises"), Map.entry("ejercicios", "exercises"),
            Map.entry("musculação", "weight training"), Map.entry("musculacao", "weight training"),
            // "operado de la columna hace un mes": "had an operation on my spine a month ago"
            Map.entry("operado de", "had an operation on"), Map.entry("operada de", "had an operation on"), Map.entry("la columna", "my spine"),
            Map.entry("hace", ""), Map.entry("un mes", "a month ago"), Map.entry("una semana", "a week ago"), Map.entry("dos semanas", "two weeks ago"),
            Map.entry("no controla", "cant control"), Map.entry("la orina", "the urine"),
            // Portuguese, the same way: "febre e dor nas costas, posso treinar?"
            Map.entry("febre", "fever"), Map.entry("dor nas costas", "back pain"), Map.entry("nas costas", "in the back"),
            Map.entry("costas", "back"), Map.entry("dormência", "numbness"), Map.entry("dormencia", "numbness"),
            Map.entry("pernas", "legs"), Map.entry("perna", "leg"),
            // "mi zona íntima está como dormida", "perdí 6 kg, no sé por qué", "sentí un pinchazo fuerte en la espalda"
            Map.entry("zona íntima", "private area"), Map.entry("zona intima", "private area"), Map.entry("está", "is"),
            Map.entry("como", "like"), Map.entry("dormida", "numb"), Map.entry("dormido", "numb"), Map.entry("perdí", "i lost"),
            Map.entry("perdi", "i lost"), Map.entry("no sé", "i dont know"), Map.entry("no se", "i dont know"), Map.entry("por qué", "why"),
            Map.entry("por que", "why"), Map.entry("pinchazo", "stabbing pain"), Map.entry("la espalda", "my back"),
            Map.entry("gimnasio", "gym"), Map.entry("temperatura", "temperature"),
            // Italian, the same way: "sono caduto dalla moto ieri sera", "she does pipì on herself"
            Map.entry("sono caduto", "i fell"), Map.entry("sono caduta", "i fell"), Map.entry("caduto dalla", "fell off the"),
            Map.entry("caduta dalla", "fell off the"), Map.entry("dalla", "off the"), Map.entry("moto", "motorbike"), Map.entry("ieri", "yesterday"), Map.entry("sera", "evening"),
            Map.entry("pipì", "pee"), Map.entry("schiena", "back"), Map.entry("febbre", "fever"), Map.entry("gambe", "legs"),
            // French: "ma sœur a eu un cancer il y a 10 ans"
            Map.entry("ma sœur", "my sister"), Map.entry("ma soeur", "my sister"), Map.entry("ma mère", "my mum"), Map.entry("mon père", "my dad"),
            Map.entry("mon mari", "my husband"), Map.entry("a eu", "had"), Map.entry("il y", ""), Map.entry("ans", "years ago"),
            Map.entry("dos", "back"), Map.entry("fièvre", "fever"),
            // Arabic in Latin letters: "mafi numbness, mafi fever"
            Map.entry("mafi", "no"), Map.entry("mafee", "no"), Map.entry("habibi", ""), Map.entry("tp", "toilet paper"));

    /**
     * Hindi and Urdu written in Latin letters, the same way: "kamar mein achanak tez dard hua jab squat kar raha tha".
     * Only words no English sentence uses; the little words of grammar are dropped.
     */
    private static final Map<String, String> HINDI_URDU = Map.ofEntries(
            Map.entry("kamar", "back"), Map.entry("kamar mein", "in my back"), Map.entry("kamar dard", "back pain"),
            Map.entry("dard", "pain"), Map.entry("bahut", "very"), Map.entry("bohot", "very"), Map.entry("bahut zyada", "very bad"),
            Map.entry("zyada", "bad"), Map.entry("jyada", "bad"), Map.entry("hai", ""), Map.entry("hain", ""), Map.entry("tha", ""),
            Map.entry("thi", ""), Map.entry("hua", ""), Map.entry("hui", ""), Map.entry("gaya", ""), Map.entry("gayi", ""),
            Map.entry("ho gaya", ""), Map.entry("ho gayi", ""), Map.entry("aur", "and"), Map.entry("bhi", "too"), Map.entry("mein", "in"),
            Map.entry("nahi", "not"), Map.entry("nahin", "not"), Map.entry("nahi jata", "doesnt go away"), Map.entry("aaj", "today"),
            Map.entry("subah", "this morning"), Map.entry("raat", "night"), Map.entry("raat ko", "at night"), Map.entry("peshab", "urine"),
            Map.entry("pishab", "urine"), Map.entry("peshaab", "urine"), Map.entry("peshab nikal", "wet myself"),
            Map.entry("pata nahi", "did not know"), Map.entry("chala", ""), Map.entry("bukhar", "fever"), Map.entry("bukhaar", "fever"),
            Map.entry("din se", "days"), Map.entry("achanak", "suddenly"), Map.entry("tez dard", "sharp pain"), Map.entry("tez", "sharp"),
            Map.entry("kar raha", "doing"), Map.entry("kar rahi", "doing"), Map.entry("sunn", "numb"), Map.entry("neeche wala", "down there"),
            Map.entry("neeche", "below"), Map.entry("jahan baithte", "where i sit"), Map.entry("dil", "heart"), Map.entry("wali", ""),
            Map.entry("wala", ""), Map.entry("seene", "chest"), Map.entry("seena", "chest"), Map.entry("chhati", "chest"),
            Map.entry("karwat badlo", "change position"), Map.entry("karwat", "turning over"), Map.entry("tab bhi", "still"),
            Map.entry("kamzori", "weakness"), Map.entry("kamzor", "weak"), Map.entry("vajan", "weight"), Map.entry("wajan", "weight"),
            Map.entry("wazan", "weight"), Map.entry("saans", "breath"), Map.entry("takkar", "collision"), Map.entry("unki", "their"),
            Map.entry("unka", "their"), Map.entry("unke", "their"), Map.entry("mere", "my"), Map.entry("kamar me", "back"));

    /** German, the same way: "beim bankdrücken heute ein stechender schmerz in the lower back". */
    private static final Map<String, String> GERMAN = Map.ofEntries(
            Map.entry("stechender", "stabbing"), Map.entry("stechende", "stabbing"), Map.entry("schmerz", "pain"),
            Map.entry("schmerzen", "pain"), Map.entry("heute", "today"), Map.entry("beim", "while"), Map.entry("rücken", "back"),
            Map.entry("ruecken", "back"), Map.entry("taub", "numb"), Map.entry("fieber", "fever"), Map.entry("beine", "legs"),
            Map.entry("bein", "leg"), Map.entry("ein", "a"), Map.entry("eine", "a"));

    private static final Map<String, String> RESPELLINGS = merged(SPELLINGS, merged(TAGALOG,
            merged(SPANISH_AND_PORTUGUESE, merged(HINDI_URDU, GERMAN))));

    private static Map<String, String> merged(Map<String, String> first, Map<String, String> second) {
        Map<String, String> all = new HashMap<>(first);
        all.putAll(second);
        return Map.copyOf(all);
    }

    /** Words whose "'s" is "is" or "has" and which the rules spell joined ("its", "thats", "theres"). */
    private static final Set<String> KEEPS_APOSTROPHE_S = Set.of("it", "that", "there", "what", "who", "he", "she",
            "let", "here", "where", "how", "when", "why", "everyone", "someone", "somebody", "nobody", "everything",
            "something", "nothing", "this");

    private TextNormalizer() {
    }

    /** The message's sentences, normalised; empty for a message with no words. */
    static List<String> sentences(String message) {
        String text = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        List<String> sentences = new ArrayList<>();
        for (String sentence : simplifyCharacters(text).split(String.valueOf(SENTENCE_BREAK))) {
            if (!sentence.isEmpty()) {
                sentences.add(respell(sentence));
            }
        }
        return sentences;
    }

    /** One pass: drops apostrophes, keeps letters and digits, turns the rest into spaces, ", " or breaks. */
    private static String simplifyCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean pendingComma = false;
        int run = 0;
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isApostrophe(c)) {
                if (isDroppedPossessive(text, i, out)) {
                    i++; // "bladder's been weird" reads as "bladder been weird"; "it's" stays "its"
                }
                continue;
            }
            run = c == previous ? run + 1 : 1;
            previous = c;
            if (Character.isLetterOrDigit(c)) {
                if (run > MAX_REPEATED_LETTERS && !Character.isDigit(c)) {
                    continue;
                }
                boolean sentenceStart = out.length() == 0 || out.charAt(out.length() - 1) == SENTENCE_BREAK;
                if (!sentenceStart && (pendingComma || pendingSpace)) {
                    out.append(pendingComma ? ", " : " ");
                }
                pendingSpace = false;
                pendingComma = false;
                out.append(c);
            } else if (c == ',' || c == ':' || isSpacedDash(text, i)) {
                pendingComma = true; // "a cancer history but thats not why im writing — my legs went weak"
            } else if (c == '.' && isBetweenDigits(text, i)) {
                continue; // "2.5 stone" stays one sentence
            } else if (c == '.' && isEllipsis(text, i)) {
                pendingComma = true; // "erections just... dont happen anymore" goes on; so does "no pain... i wet myself", as a new clause
            } else if (c == '?' && SHORT_ANSWER.matcher(afterQuestionMark(text, i)).find()) {
                // "chills? only from the ice bath", "fever? no, 36.9": the answer belongs to the question
                pendingComma = ANSWER_NO.matcher(afterQuestionMark(text, i)).find();
                pendingSpace = !pendingComma;
            } else if (".!?;\n\r".indexOf(c) >= 0) {
                out.append(SENTENCE_BREAK);
                pendingSpace = false;
                pendingComma = false;
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** A bare "no" ("no", "nope", "never had") as the whole answer, which the rules read as an answer after a comma. */
    private static final String NO = "(?:no|nope|nah|none|negative|never(?: had| have| did| done)?)(?= *(?:[,.!]|$|lol|haha|never\\b|none\\b))";
    private static final Pattern ANSWER_NO = Pattern.compile("^[ ?]*" + NO);
    /** The user's own short answer right after a question mark: a bare "no", or "only when ...", "never", "not really". */
    private static final Pattern SHORT_ANSWER = Pattern.compile("^[ ?]*(?:" + NO + "|only|never|not really(?![a-z]))");
    /** How far after a question mark its answer is looked for. */
    private static final int ANSWER_REACH = 15;

    private static String afterQuestionMark(String text, int i) {
        return text.substring(i + 1, Math.min(text.length(), i + 1 + ANSWER_REACH));
    }

    /** A dot in a run of two or more ("...", ".."), which a thought runs on through. */
    private static boolean isEllipsis(String text, int i) {
        return (i + 1 < text.length() && text.charAt(i + 1) == '.') || (i > 0 && text.charAt(i - 1) == '.');
    }

    private static String bare(String word) {
        return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }

    private static String respell(String sentence) {
        String[] words = sentence.split(" ");
        StringBuilder out = new StringBuilder(sentence.length());
        for (int i = 0; i < words.length; i++) {
            String pair = i + 1 < words.length ? RESPELLINGS.get(words[i] + " " + bare(words[i + 1])) : null;
            String last = pair != null ? words[++i] : words[i];
            String word = pair != null ? pair : RESPELLINGS.getOrDefault(bare(last), bare(last));
            // a comma stays after the word it followed: "hindi nagdidiet, mga 6kg" -> "not dieting, mga 6kg"
            String comma = last.endsWith(",") ? "," : "";
            if (word.isEmpty() && (comma.isEmpty() || out.length() == 0)) {
                continue;
            }
            if (out.length() > 0 && !word.isEmpty()) {
                out.append(' ');
            }
            out.append(word).append(comma);
        }
        return out.toString();
    }

    /**
     * An "'s" after a noun ("my leg's numb", "the weight's dropping off") is dropped, so the rules see
     * the noun; after a pronoun ("it's", "that's", "there's") it is kept and joined ("its").
     */
    private static boolean isDroppedPossessive(String text, int apostrophe, StringBuilder out) {
        int s = apostrophe + 1;
        if (s >= text.length() || text.charAt(s) != 's'
                || (s + 1 < text.length() && Character.isLetterOrDigit(text.charAt(s + 1)))) {
            return false;
        }
        int wordStart = out.length();
        while (wordStart > 0 && Character.isLetterOrDigit(out.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < out.length() && !KEEPS_APOSTROPHE_S.contains(out.substring(wordStart));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`' || c == '\u00b4'
                || c == '\u2032';
    }

    /** A dash between spaces, or any long dash, starts a new clause like a comma ("x - y", "x — y"). */
    private static boolean isSpacedDash(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u2014' || c == '\u2013') {
            return true;
        }
        return c == '-' && i > 0 && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i - 1)) && Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean isBetweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }
}
