using System.Diagnostics;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Catalogue.Seed;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Demo;

/// <summary>
/// Seeds the demo council: its catalogue, officers, residents and a year of request history. Safe to run again: the
/// catalogue is updated in place and history is only generated when the council has none.
/// </summary>
public static class SeedDemoCouncil
{
    public const int DefaultHistory = 6000;

    public sealed record Seeded(Council Council, int RequestsAdded, TimeSpan Took);

    public sealed class Handler(FrontDoorDb db, ImportCatalogue.Handler import, CouncilCalendar calendar, TimeProvider time, ILogger<Handler> log)
    {
        public async Task<Seeded> Seed(int historyRequests = DefaultHistory, CancellationToken cancellationToken = default)
        {
            var watch = Stopwatch.StartNew();
            var imported = await import.Handle(ImportCatalogue.DemoCouncil(), cancellationToken);
            var council = imported.Succeeded ? imported.Value : throw new InvalidOperationException(imported.Error!.Message);
            var hasHistory = await db.Set<ServiceRequest>().AnyAsync(r => r.CouncilId == council.Id, cancellationToken);
            var added = hasHistory ? 0 : await Generate(council, historyRequests, cancellationToken);
            return new Seeded(council, added, watch.Elapsed);
        }

        /// <summary>Adds <paramref name="count"/> more requests over the past year (for benchmarks: millions are fine).</summary>
        public async Task<int> Generate(Council council, int count, CancellationToken cancellationToken = default)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var services = await db.Set<Service>().AsNoTracking().Include(s => s.Timescales)
                .Where(s => s.CouncilId == council.Id && s.Active).OrderBy(s => s.Code).ToListAsync(cancellationToken);
            var teams = await db.Set<Team>().AsNoTracking().Where(t => t.CouncilId == council.Id).OrderBy(t => t.Code).ToListAsync(cancellationToken);
            var officers = await EnsureOfficers(council, teams, cancellationToken);
            var customers = await EnsureResidents(council, Math.Clamp(count / 3, 500, 100_000), now, cancellationToken);

            var seed = await db.Set<ServiceRequest>().CountAsync(r => r.CouncilId == council.Id, cancellationToken) + 2026;
            var generator = new HistoryGenerator(calendar.Current, council.Nation, council.Id, services, officers, customers,
                council.ReopenWindowWorkingDays, seed);

            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var added = 0;
            var batch = new List<ServiceRequest>(1000);
            foreach (var request in generator.Generate(count, now.AddDays(-365), now))
            {
                batch.Add(request);
                if (batch.Count == 1000)
                {
                    added += await SaveBatch(batch, cancellationToken);
                    if (added % 50_000 == 0)
                    {
                        log.LogInformation("Generated {Count} requests", added);
                    }
                }
            }

            added += await SaveBatch(batch, cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            return added;
        }

        private async Task<int> SaveBatch(List<ServiceRequest> batch, CancellationToken cancellationToken)
        {
            db.AddRange(batch);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var count = batch.Count;
            batch.Clear();
            return count;
        }

        private async Task<List<StaffMember>> EnsureOfficers(Council council, List<Team> teams, CancellationToken cancellationToken)
        {
            var officers = await db.Set<StaffMember>().AsNoTracking().Where(s => s.CouncilId == council.Id).ToListAsync(cancellationToken);
            if (officers.Count > 0)
            {
                return officers;
            }

            officers = DemoPeople.Officers(council.Id, teams, seed: 11);
            db.AddRange(officers);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return officers;
        }

        private async Task<List<Customer>> EnsureResidents(Council council, int wanted, DateTime now, CancellationToken cancellationToken)
        {
            var have = await db.Set<Customer>().CountAsync(c => c.CouncilId == council.Id, cancellationToken);
            if (have < wanted)
            {
                foreach (var chunk in DemoPeople.Residents(council.Id, wanted - have, seed: 17 + have, now).Chunk(5000))
                {
                    db.AddRange(chunk);
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }

            return await db.Set<Customer>().AsNoTracking().Where(c => c.CouncilId == council.Id)
                .OrderBy(c => c.Id).Take(wanted).ToListAsync(cancellationToken);
        }
    }
}
