namespace FrontDoor.Linkage.Model;

/// <summary>Two records (indexes into the run's records, A &lt; B) and their match weight in bits.</summary>
public readonly record struct ScoredPair(int A, int B, double Weight)
{
    public double Probability => MatchModel.Probability(Weight);
}
