using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.ApiClients;

/// <summary>
/// An administrator gives a partner system a key for one council. The key is returned once, to be handed over;
/// only its hash is kept.
/// </summary>
public static class IssueApiKey
{
    public sealed record Command(string CouncilCode, string? ClientName, int? RequestsPerMinute = null);

    public sealed record Issued(Guid ClientId, string ClientName, string Key, string KeyPrefix);

    public sealed class Handler(FrontDoorDb db, TimeProvider time)
    {
        public async Task<Result<Issued>> Handle(Command command, CancellationToken cancellationToken = default)
        {
            var name = command.ClientName?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                return Result<Issued>.Failure("Enter the name of the system that will use the key", "clientName");
            }

            if (name.Length > 200)
            {
                return Result<Issued>.Failure("The name must be 200 characters or fewer", "clientName");
            }

            if (command.RequestsPerMinute is < 1 or > 1_000_000)
            {
                return Result<Issued>.Failure("The rate limit must be between 1 and 1,000,000 calls a minute", "requestsPerMinute");
            }

            var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == command.CouncilCode, cancellationToken);
            if (council is null)
            {
                return Error.NotFound($"There is no council with the code '{command.CouncilCode}'");
            }

            var key = ApiKeys.NewKey();
            var client = new ApiClient
            {
                CouncilId = council.Id,
                Name = name,
                KeyHash = ApiKeys.Hash(key),
                KeyPrefix = ApiKeys.Prefix(key),
                RequestsPerMinute = command.RequestsPerMinute ?? ApiKeys.DefaultRequestsPerMinute,
                IssuedUtc = time.GetUtcNow().UtcDateTime,
            };
            db.Add(client);
            await db.SaveChangesAsync(cancellationToken);
            return new Issued(client.Id, client.Name, key, client.KeyPrefix);
        }
    }
}
