namespace FrontDoor.Linkage.Model;

/// <summary>
/// A trained Fellegi-Sunter model: for every field and level, m (how often the same person's two records show it)
/// and u (how often two different people's records show it), and λ, the share of candidate pairs that are the same
/// person. Weights are in bits: log2(m / u) per field, log2(λ / (1 - λ)) for the prior. The sum is the match weight;
/// the match probability is 2^w / (1 + 2^w).
/// </summary>
public sealed class MatchModel
{
    public MatchModel(double[][] m, double[][] u, double lambda)
    {
        M = m;
        U = u;
        Lambda = lambda;
        Weights = new double[Comparisons.Count][];
        for (var c = 0; c < Comparisons.Count; c++)
        {
            Weights[c] = new double[m[c].Length];
            for (var level = 1; level < m[c].Length; level++)
            {
                Weights[c][level] = Math.Log2(m[c][level] / u[c][level]);
            }
        }

        Prior = Math.Log2(lambda / (1 - lambda));
    }

    public double[][] M { get; }

    public double[][] U { get; }

    public double Lambda { get; }

    /// <summary>log2(m / u) per field and level; 0 for level 0 (missing).</summary>
    public double[][] Weights { get; }

    public double Prior { get; }

    /// <summary>EM iterations taken to train it, and whether the change in m fell below the tolerance.</summary>
    public int Iterations { get; init; }

    public bool Converged { get; init; }

    public static double Probability(double weight) => 1 / (1 + Math.Pow(2, -weight));

    public static double WeightOf(double probability) => Math.Log2(probability / (1 - probability));
}
