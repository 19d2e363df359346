using System.Text.RegularExpressions;
using F23.StringSimilarity;
using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Customers.Workspace;

/// <summary>
/// Finds a customer from whatever the advisor types: a request reference, an email address, a phone number, a
/// postcode, an address or a name — tolerant of formatting and of typos in names. Every database read is an index
/// range scan with a bound on rows; names are then re-ranked in memory by Jaro–Winkler similarity, so the cost stays
/// flat however many customers there are.
/// </summary>
public static partial class FindCustomers
{
    public const int MaxResults = 25;
    private const int CandidatesPerKey = 300;
    private const double NameThreshold = 0.82;

    public enum Kind
    {
        Reference,
        Email,
        Phone,
        Postcode,
        Address,
        Name,
    }

    public sealed record Match(Guid Id, string Name, string? Email, string? Phone, string? Postcode, string? AddressLine, double Score);

    public sealed record Found(Kind Kind, IReadOnlyList<Match> Customers, string? RequestReference);

    public sealed class Handler(FrontDoorDb db)
    {
        private static readonly JaroWinkler Similarity = new();

        public async Task<Found> Handle(Guid councilId, string query, CancellationToken cancellationToken = default)
        {
            query = query.Trim();
            var customers = db.Set<Customer>().AsNoTracking().Where(c => c.CouncilId == councilId);

            if (RequestReference.Parse(query) is { Succeeded: true } reference)
            {
                var request = await db.Set<ServiceRequest>().AsNoTracking()
                    .Where(r => r.CouncilId == councilId && r.Reference == reference.Value.Value)
                    .Select(r => new { r.Reference, r.CustomerId })
                    .FirstOrDefaultAsync(cancellationToken);
                if (request is not null)
                {
                    var owner = request.CustomerId is { } id ? await Take(customers.Where(c => c.Id == id).OrderBy(c => c.Id), 1, cancellationToken) : [];
                    return new Found(Kind.Reference, owner, request.Reference);
                }
            }

            if (query.Contains('@'))
            {
                var email = query.ToLowerInvariant();
                return new Found(Kind.Email, await Take(customers.Where(c => EF.Property<string?>(c, CustomerSearchKeys.Email) == email).OrderBy(c => c.Id), MaxResults, cancellationToken), null);
            }

            var phone = SearchText.Phone(query);
            if (PhoneLike().IsMatch(query) && phone.Length >= 6)
            {
                var (from, to) = Prefix(phone, '9', 32);
                return new Found(Kind.Phone, await Take(customers.Where(c => string.Compare(c.Phone, from) >= 0 && string.Compare(c.Phone, to) <= 0).OrderBy(c => c.Phone), MaxResults,
                    cancellationToken), null);
            }

            if (PostcodeLike().IsMatch(query))
            {
                var (from, to) = Prefix(SearchText.Postcode(query), 'Z', 10);
                return new Found(Kind.Postcode, await Take(customers.Where(c => string.Compare(EF.Property<string?>(c, CustomerSearchKeys.Postcode), from) >= 0
                    && string.Compare(EF.Property<string?>(c, CustomerSearchKeys.Postcode), to) <= 0).OrderBy(c => EF.Property<string?>(c, CustomerSearchKeys.Postcode)), MaxResults, cancellationToken), null);
            }

            if (char.IsAsciiDigit(query[0]))
            {
                var (from, to) = Prefix(SearchText.Words(query), 'z', 200);
                return new Found(Kind.Address, await Take(customers.Where(c => string.Compare(EF.Property<string?>(c, CustomerSearchKeys.Address), from) >= 0
                    && string.Compare(EF.Property<string?>(c, CustomerSearchKeys.Address), to) <= 0).OrderBy(c => EF.Property<string?>(c, CustomerSearchKeys.Address)), MaxResults, cancellationToken), null);
            }

            return new Found(Kind.Name, await ByName(customers, query, cancellationToken), null);
        }

        /// <summary>
        /// Candidates from indexed keys — the surname's first letters, its Soundex code, the exact surname, and (for one
        /// word) the first name — each capped, then scored on the whole name.
        /// </summary>
        private async Task<IReadOnlyList<Match>> ByName(IQueryable<Customer> customers, string query, CancellationToken cancellationToken)
        {
            var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SearchText.Letters).Where(w => w.Length > 0).ToList();
            if (words.Count == 0)
            {
                return [];
            }

            var last = words[^1];
            var first = words.Count > 1 ? words[0] : null;
            var sound = SearchText.Soundex(last);
            var (lastFrom, lastTo) = Prefix(last[..Math.Min(3, last.Length)], 'z', 100);
            var (initialFrom, initialTo) = Prefix(first is null ? "" : first[..1], 'z', 100);

            var queries = new List<IQueryable<Customer>>
            {
                customers.Where(c => EF.Property<string>(c, CustomerSearchKeys.LastName) == last),
                customers.Where(c => string.Compare(EF.Property<string>(c, CustomerSearchKeys.LastName), lastFrom) >= 0
                    && string.Compare(EF.Property<string>(c, CustomerSearchKeys.LastName), lastTo) <= 0),
                customers.Where(c => EF.Property<string>(c, CustomerSearchKeys.LastNameSound) == sound),
            };
            if (first is null)
            {
                queries.Add(customers.Where(c => EF.Property<string>(c, CustomerSearchKeys.FirstName) == last));
            }
            else
            {
                // With a first name, keep to people with the same initial: it narrows a common surname to a few dozen.
                queries = queries.Select(q => q.Where(c => string.Compare(EF.Property<string>(c, CustomerSearchKeys.FirstName), initialFrom) >= 0
                    && string.Compare(EF.Property<string>(c, CustomerSearchKeys.FirstName), initialTo) <= 0)).ToList();
                queries.Add(customers.Where(c => EF.Property<string>(c, CustomerSearchKeys.FirstName) == first));

                // "Shah Priya": the surname typed first.
                var (swappedFrom, swappedTo) = Prefix(last[..1], 'z', 100);
                queries.Add(customers.Where(c => EF.Property<string>(c, CustomerSearchKeys.LastName) == first
                    && string.Compare(EF.Property<string>(c, CustomerSearchKeys.FirstName), swappedFrom) >= 0
                    && string.Compare(EF.Property<string>(c, CustomerSearchKeys.FirstName), swappedTo) <= 0));
            }

            var candidates = new Dictionary<Guid, Match>();
            foreach (var candidateQuery in queries)
            {
                // No ORDER BY: every candidate is re-ranked below, and an order would tempt the planner into the wrong index.
                foreach (var match in await Project(candidateQuery.Take(CandidatesPerKey)).ToListAsync(cancellationToken))
                {
                    candidates.TryAdd(match.Id, match);
                }
            }

            return candidates.Values
                .Select(c => c with { Score = Score(c.Name, first, last) })
                .Where(c => c.Score >= NameThreshold)
                .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Take(MaxResults)
                .ToList();
        }

        private static double Score(string name, string? first, string last)
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SearchText.Letters).ToList();
            var (theirFirst, theirLast) = (parts.FirstOrDefault() ?? "", parts.LastOrDefault() ?? "");
            if (first is null)
            {
                return Math.Max(Similarity.Similarity(last, theirLast), Similarity.Similarity(last, theirFirst));
            }

            var inOrder = 0.6 * Similarity.Similarity(last, theirLast) + 0.4 * Similarity.Similarity(first, theirFirst);
            var swapped = 0.6 * Similarity.Similarity(first, theirLast) + 0.4 * Similarity.Similarity(last, theirFirst);
            return Math.Max(inOrder, swapped);
        }

        /// <summary>The first rows in the order of the index being read (sorting every match first would not scale).</summary>
        private static async Task<IReadOnlyList<Match>> Take(IOrderedQueryable<Customer> query, int count, CancellationToken cancellationToken) =>
            await Project(query.Take(count)).ToListAsync(cancellationToken);

        private static IQueryable<Match> Project(IQueryable<Customer> query) =>
            query.Select(c => new Match(c.Id, c.FirstName + " " + c.LastName, c.Email, c.Phone, c.Postcode, c.AddressLine, 1));
    }

    /// <summary>
    /// The range of keys starting with <paramref name="prefix"/>: from the prefix to the prefix padded with the highest
    /// character the key can hold. A range (not LIKE) so that both databases use the index whatever their collation.
    /// </summary>
    private static (string From, string To) Prefix(string prefix, char highest, int length) =>
        (prefix, prefix.PadRight(Math.Max(length, prefix.Length), highest));

    [GeneratedRegex(@"^[\d\s()+\-]+$")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"^[A-Za-z]{1,2}\d[A-Za-z\d]?(\s*\d[A-Za-z]{2})?$")]
    private static partial Regex PostcodeLike();
}
