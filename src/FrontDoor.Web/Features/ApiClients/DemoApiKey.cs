using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.ApiClients;

/// <summary>
/// In Development, gives the demo council the documented key <see cref="ApiKeys.DemoKey"/> so that a new user can try the
/// APIs at once. Runs when the host starts, after the database has been migrated and the demo council seeded. The row
/// is marked as the demo key, so even a copied development database will not accept it elsewhere.
/// </summary>
public sealed class DemoApiKey(IServiceScopeFactory scopes, IHostEnvironment environment, IConfiguration configuration, TimeProvider time)
    : IHostedService
{
    public const string DemoClientName = "Demo Open311 client";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var councilCode = configuration.GetValue("Council:Code", "thameside");
        var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == councilCode, cancellationToken);
        var hash = ApiKeys.Hash(ApiKeys.DemoKey);
        if (council is null || await db.Set<ApiClient>().AnyAsync(c => c.KeyHash == hash, cancellationToken))
        {
            return;
        }

        db.Add(new ApiClient
        {
            CouncilId = council.Id,
            Name = DemoClientName,
            KeyHash = hash,
            KeyPrefix = ApiKeys.Prefix(ApiKeys.DemoKey),
            IsDemo = true,
            RequestsPerMinute = configuration.GetValue("ApiClients:DemoRequestsPerMinute", ApiKeys.DefaultRequestsPerMinute),
            IssuedUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
