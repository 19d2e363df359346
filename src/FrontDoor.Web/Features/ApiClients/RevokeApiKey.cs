using FrontDoor.Domain.Results;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.ApiClients;

/// <summary>
/// An administrator withdraws a key. It stops working at once on this instance and within
/// <see cref="ApiClientDirectory.CacheFor"/> on the others.
/// </summary>
public static class RevokeApiKey
{
    public sealed record Command(Guid ClientId);

    public sealed class Handler(FrontDoorDb db, ApiClientDirectory directory, TimeProvider time)
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken = default)
        {
            var client = await db.Set<ApiClient>().FirstOrDefaultAsync(c => c.Id == command.ClientId, cancellationToken);
            if (client is null)
            {
                return Error.NotFound("There is no API client with that id");
            }

            if (client.IsRevoked)
            {
                return Result.Failure("This key has already been revoked");
            }

            client.RevokedUtc = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            directory.Forget(client.KeyHash);
            return Result.Success();
        }
    }
}
