package org.marsad.bench;

/**
 * L1/L2-regularised logistic regression fitted by cyclic coordinate descent with a Newton step per
 * weight and soft thresholding for the L1 part (the method of liblinear's and glmnet's logistic
 * solvers, in its plainest form). Minimises mean log-loss + l1·|w| + l2/2·w² over the penalised
 * weights; the bias and the weights from {@code penalised} on are fitted with l2 only (a tiny
 * ridge that keeps them finite on separable data). Features are given column by column.
 */
final class LogisticRegression {

  /** The largest change of one weight in one step: keeps a Newton step on a flat loss sane. */
  private static final double MAX_STEP = 10;
  private static final double UNPENALISED_L2 = 1e-6;

  /**
   * @param y labels, 0 or 1, per document
   * @param rows for each feature, the documents that have it
   * @param values for each feature, its value in those documents
   * @param w the weights, filled in (start at 0)
   * @param penalised features {@code [0, penalised)} get the L1 and L2 penalty
   * @return the bias
   */
  static double fit(double[] y, int[][] rows, double[][] values, double[] w, int penalised, double l1, double l2,
      int sweeps) {
    int n = y.length;
    double[] z = new double[n];
    double bias = 0;
    for (int sweep = 0; sweep < sweeps; sweep++) {
      double largest = 0;
      // The bias: a Newton step on all documents.
      double g = 0;
      double h = 0;
      for (int i = 0; i < n; i++) {
        double p = sigmoid(z[i]);
        g += p - y[i];
        h += p * (1 - p);
      }
      double step = clamp(-g / Math.max(h, 1e-9));
      bias += step;
      for (int i = 0; i < n; i++) {
        z[i] += step;
      }
      for (int j = 0; j < w.length; j++) {
        int[] docs = rows[j];
        if (docs.length == 0) {
          continue;
        }
        double[] x = values[j];
        g = 0;
        h = 0;
        for (int k = 0; k < docs.length; k++) {
          double p = sigmoid(z[docs[k]]);
          g += (p - y[docs[k]]) * x[k];
          h += p * (1 - p) * x[k] * x[k];
        }
        g /= n;
        h /= n;
        boolean penalty = j < penalised;
        double ridge = penalty ? l2 : UNPENALISED_L2;
        g += ridge * w[j];
        h += ridge;
        double target = w[j] - g / h;
        double updated = penalty ? softThreshold(target, l1 / h) : target;
        double delta = clamp(updated - w[j]);
        if (delta != 0) {
          w[j] += delta;
          for (int k = 0; k < docs.length; k++) {
            z[docs[k]] += delta * x[k];
          }
          largest = Math.max(largest, Math.abs(delta));
        }
      }
      if (largest < 1e-4 && sweep > 2) {
        break;
      }
    }
    return bias;
  }

  private static double softThreshold(double v, double t) {
    return v > t ? v - t : v < -t ? v + t : 0;
  }

  private static double clamp(double step) {
    return Math.max(-MAX_STEP, Math.min(MAX_STEP, step));
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private LogisticRegression() {}
}
