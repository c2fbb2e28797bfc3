package org.backcoach.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A logistic regression (liblinear, L2-regularised) over named on/off features of a text: its
 * words, word pairs, concepts. Each caller decides what the features and the labels are; this
 * class only numbers the features, trains and predicts. Thread-safe once trained.
 */
public final class TextClassifier {
    /** liblinear's own default stopping tolerance. */
    private static final double TOLERANCE = 0.01;

    private final Map<String, Integer> featureIndex;
    private final Model model;

    private TextClassifier(Map<String, Integer> featureIndex, Model model) {
        this.featureIndex = featureIndex;
        this.model = model;
    }

    /**
     * @param examples     each example's features
     * @param labels       each example's label (a small whole number)
     * @param cost         liblinear's C: lower keeps the weights small, so no single feature decides
     * @param minCount     features seen in fewer examples are left out
     * @param labelWeights how much more one example of a label counts (for labels not listed, 1)
     */
    public static TextClassifier train(List<? extends Collection<String>> examples, int[] labels, double cost,
                                       int minCount, Map<Integer, Double> labelWeights) {
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(features -> new HashSet<>(features).forEach(f -> counts.merge(f, 1, Integer::sum)));
        Map<String, Integer> index = new HashMap<>();
        counts.keySet().stream().sorted().filter(f -> counts.get(f) >= minCount)
                .forEach(f -> index.put(f, index.size() + 1)); // liblinear numbers features from 1
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = vector(index, examples.get(i));
            problem.y[i] = labels[i];
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, TOLERANCE);
        if (!labelWeights.isEmpty()) {
            parameter.setWeights(labelWeights.values().stream().mapToDouble(Double::doubleValue).toArray(),
                    labelWeights.keySet().stream().mapToInt(Integer::intValue).toArray());
        }
        Linear.disableDebugOutput();
        return new TextClassifier(Map.copyOf(index), Linear.train(problem, parameter));
    }

    /**
     * Writes the trained model as text: its feature names, then liblinear's own model format, so
     * {@link #read} gives back a classifier that predicts exactly as this one does.
     */
    public void write(Writer out) throws IOException {
        String[] names = new String[featureIndex.size()];
        featureIndex.forEach((name, i) -> names[i - 1] = name);
        out.write("features " + names.length + "\n");
        for (String name : names) {
            out.write(name + "\n");
        }
        StringWriter weights = new StringWriter();
        model.save(weights);
        List<String> lines = weights.toString().lines().toList();
        out.write("liblinear " + lines.size() + "\n");
        for (String line : lines) {
            out.write(line + "\n");
        }
    }

    /** Reads one classifier written by {@link #write}, leaving {@code in} just after it. */
    public static TextClassifier read(BufferedReader in) throws IOException {
        int features = count(in.readLine(), "features");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 1; i <= features; i++) {
            index.put(line(in), i);
        }
        int lines = count(in.readLine(), "liblinear");
        List<String> weights = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            weights.add(line(in));
        }
        return new TextClassifier(Map.copyOf(index), Model.load(new StringReader(String.join("\n", weights))));
    }

    private static int count(String header, String name) throws IOException {
        if (header == null || !header.startsWith(name + " ")) {
            throw new IOException("expected '" + name + " <count>', found " + (header == null ? "the end" : "'" + header + "'"));
        }
        return Integer.parseInt(header.substring(name.length() + 1).strip());
    }

    private static String line(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IOException("the model ends early");
        }
        return line;
    }

    /** Each label's probability for a text with these features, indexed by label. */
    public double[] probabilities(Collection<String> features) {
        double[] byPosition = new double[model.getNrClass()];
        Linear.predictProbability(model, vector(featureIndex, features), byPosition);
        int[] labels = model.getLabels();
        int highest = 0;
        for (int label : labels) {
            highest = Math.max(highest, label);
        }
        double[] byLabel = new double[highest + 1];
        for (int i = 0; i < labels.length; i++) {
            byLabel[labels[i]] = byPosition[i];
        }
        return byLabel;
    }

    /** The likeliest label. */
    public int predict(Collection<String> features) {
        return (int) Linear.predict(model, vector(featureIndex, features));
    }

    private static Feature[] vector(Map<String, Integer> index, Collection<String> features) {
        TreeSet<Integer> present = new TreeSet<>();
        for (String feature : features) {
            Integer i = index.get(feature);
            if (i != null) {
                present.add(i);
            }
        }
        Feature[] x = new Feature[present.size()];
        int k = 0;
        for (int i : present) {
            x[k++] = new FeatureNode(i, 1.0);
        }
        return x;
    }
}
