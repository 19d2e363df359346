using FrontDoor.Linkage.Model;

namespace FrontDoor.Linkage.Clustering;

/// <summary>
/// Groups records into people from the pairs scored above the automatic threshold, without chaining: plain connected
/// components would make one "person" of A–B–C when A and C are father and son who each look like B. So links are
/// taken strongest first, and two groups are joined only if no record in one contradicts a record in the other
/// (their own match weight is below the contradiction threshold). A link that would join contradicting groups is
/// held apart and goes to staff review instead. This is greedy agglomerative clustering with cannot-link
/// constraints: each group stays one in which every pair is at least plausible, whatever order the data came in.
/// The result depends only on the scores (ties broken by record order), so a run is repeatable.
/// </summary>
public static class PersonClusters
{
    public static (int[] PersonOf, List<ScoredPair> HeldApart) Build(int count, List<ScoredPair> links, Scorer scorer, double contradictionWeight, int maxRecordsPerPerson)
    {
        var parent = new int[count];
        var next = new int[count]; // circular list of each group's members
        var size = new int[count];
        for (var i = 0; i < count; i++)
        {
            parent[i] = i;
            next[i] = i;
            size[i] = 1;
        }

        links.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var heldApart = new List<ScoredPair>();
        Span<byte> levels = stackalloc byte[Comparisons.Count];
        foreach (var link in links)
        {
            var rootA = Find(parent, link.A);
            var rootB = Find(parent, link.B);
            if (rootA == rootB)
            {
                continue;
            }

            // No one has hundreds of records across a council's systems: a group that big is a chain gone wrong (and
            // checking it pair by pair would cost its size squared), so it is held apart for review instead.
            if (size[rootA] + size[rootB] > maxRecordsPerPerson
                || ((size[rootA] > 1 || size[rootB] > 1) && Contradicts(rootA, rootB, next, scorer, contradictionWeight, levels)))
            {
                heldApart.Add(link);
                continue;
            }

            if (size[rootA] < size[rootB])
            {
                (rootA, rootB) = (rootB, rootA);
            }

            parent[rootB] = rootA;
            size[rootA] += size[rootB];
            (next[rootA], next[rootB]) = (next[rootB], next[rootA]); // splice the two circular lists
        }

        var personOf = new int[count];
        var numbers = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var root = Find(parent, i);
            if (!numbers.TryGetValue(root, out var number))
            {
                number = numbers.Count;
                numbers[root] = number;
            }

            personOf[i] = number;
        }

        return (personOf, heldApart);
    }

    private static bool Contradicts(int rootA, int rootB, int[] next, Scorer scorer, double contradictionWeight, Span<byte> levels)
    {
        var a = rootA;
        do
        {
            var b = rootB;
            do
            {
                if (scorer.Score(a, b, levels) < contradictionWeight)
                {
                    return true;
                }

                b = next[b];
            }
            while (b != rootB);

            a = next[a];
        }
        while (a != rootA);

        return false;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
