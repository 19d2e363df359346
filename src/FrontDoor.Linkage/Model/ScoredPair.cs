namespace FrontDoor.Linkage.Model;

/// <summary>
/// Two records (indexes into the run's records, A &lt; B), their match weight in bits, and whether the evidence
/// personal to them (not shared by a household) is on balance for the match.
/// </summary>
public readonly record struct ScoredPair(int A, int B, double Weight, bool PersonallyAgrees = true)
{
    public double Probability => MatchModel.Probability(Weight);
}
