using System.Data.Common;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// Takes a batch of due messages for one dispatcher, so that several FrontDoor instances on one database never take the
/// same message. A claim is a lease: the dispatcher renews it while it sends (<see cref="OutboxLease"/>), and messages
/// held by a dispatcher that died are taken again once it runs out, <see cref="DispatcherOptions.LeaseSeconds"/> after
/// the last renewal.
/// </summary>
public static class OutboxClaims
{
    /// <summary>
    /// PostgreSQL: one statement. <c>FOR UPDATE SKIP LOCKED</c> lets dispatchers claim side by side without waiting on
    /// each other's rows, and a row another dispatcher claimed and committed meanwhile is re-checked against the
    /// WHERE clause under its lock (READ COMMITTED), so it is never taken twice.
    /// </summary>
    private const string PostgresClaim = """
        UPDATE "OutboxMessages" SET "ClaimedBy" = @token, "ClaimExpiresUtc" = @expires
        WHERE "Id" IN (
            SELECT "Id" FROM "OutboxMessages"
            WHERE "Status" = 'queued' AND "NextAttemptUtc" <= @now AND ("ClaimExpiresUtc" IS NULL OR "ClaimExpiresUtc" <= @now)
            ORDER BY "NextAttemptUtc"
            LIMIT @limit
            FOR UPDATE SKIP LOCKED)
        RETURNING "Id"
        """;

    public static async Task<IReadOnlyList<Guid>> Claim(FrontDoorDb db, string token, DateTime nowUtc, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        var expires = nowUtc + lease;
        if (db.Database.IsNpgsql())
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var opened = connection.State != System.Data.ConnectionState.Open;
            if (opened)
            {
                await connection.OpenAsync(cancellationToken);
            }

            try
            {
                await using var command = new NpgsqlCommand(PostgresClaim, connection);
                command.Parameters.AddWithValue("token", token);
                command.Parameters.AddWithValue("expires", expires);
                command.Parameters.AddWithValue("now", nowUtc);
                command.Parameters.AddWithValue("limit", limit);
                var ids = new List<Guid>();
                await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetGuid(0));
                }

                return ids;
            }
            finally
            {
                if (opened)
                {
                    await connection.CloseAsync();
                }
            }
        }

        // SQLite has one writer at a time, so a conditional UPDATE is atomic: of two dispatchers that chose the same
        // candidates, the second finds them already claimed, takes none of them, and chooses again.
        for (var tries = 0; tries < 10; tries++)
        {
            var candidates = await Due(db, nowUtc).OrderBy(m => m.NextAttemptUtc).Select(m => m.Id).Take(limit).ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                return [];
            }

            var taken = await Due(db, nowUtc).Where(m => candidates.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, token).SetProperty(m => m.ClaimExpiresUtc, expires), cancellationToken);
            if (taken > 0)
            {
                return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ClaimedBy == token).Select(m => m.Id).ToListAsync(cancellationToken);
            }
        }

        return [];
    }

    /// <summary>
    /// Extends the lease on every message this claim still holds. A message another dispatcher has taken carries that
    /// dispatcher's token, so it is not touched: on PostgreSQL the UPDATE waits for the other claim's row lock and then
    /// re-checks the token (READ COMMITTED); on SQLite writes take turns.
    /// </summary>
    public static Task<int> Renew(FrontDoorDb db, string token, DateTime expiresUtc, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>().Where(m => m.ClaimedBy == token && m.Status == OutboxStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimExpiresUtc, expiresUtc), cancellationToken);

    private static IQueryable<OutboxMessage> Due(FrontDoorDb db, DateTime nowUtc) =>
        db.Set<OutboxMessage>().Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptUtc <= nowUtc
            && (m.ClaimExpiresUtc == null || m.ClaimExpiresUtc <= nowUtc));
}
