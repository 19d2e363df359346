using System.Collections.Concurrent;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api;

/// <summary>What the APIs say about a service, whoever asks.</summary>
public sealed record ServiceFacts(Guid Id, Guid CouncilId, string Code, string Name, bool Sensitive, bool Active, string TeamName, string WhatHappensNext)
{
    /// <summary>Question code to <see cref="QuestionType"/>.</summary>
    public IReadOnlyDictionary<string, string> QuestionTypes { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// The catalogue as the APIs and webhooks see it, read once a minute per council rather than on every call: the
/// catalogue changes a few times a year, requests arrive several a second. A change to the catalogue shows in the
/// APIs within <see cref="CacheFor"/>.
/// </summary>
public sealed class ServiceDirectory(TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, (IReadOnlyDictionary<Guid, ServiceFacts> Services, DateTime Until)> councils = new();

    public async Task<IReadOnlyDictionary<Guid, ServiceFacts>> For(FrontDoorDb db, Guid councilId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (councils.TryGetValue(councilId, out var cached) && cached.Until > now)
        {
            return cached.Services;
        }

        var services = await db.Set<Service>().AsNoTracking()
            .Where(s => s.CouncilId == councilId)
            .Select(s => new ServiceFacts(s.Id, s.CouncilId, s.Code, s.Name, s.Sensitive, s.Active, s.Team != null ? s.Team.Name : "", s.WhatHappensNext))
            .ToListAsync(cancellationToken);
        var ids = services.Select(s => s.Id).ToList();
        var questions = await db.Set<ServiceQuestion>().AsNoTracking()
            .Where(q => ids.Contains(q.ServiceId))
            .Select(q => new { q.ServiceId, q.Code, q.Type })
            .ToListAsync(cancellationToken);
        var byId = services.ToDictionary(s => s.Id, s => s with
        {
            QuestionTypes = questions.Where(q => q.ServiceId == s.Id).ToDictionary(q => q.Code, q => q.Type),
        });
        councils[councilId] = (byId, now + CacheFor);
        return byId;
    }

    public async Task<ServiceFacts?> FindByCode(FrontDoorDb db, Guid councilId, string code, CancellationToken cancellationToken = default) =>
        (await For(db, councilId, cancellationToken)).Values.FirstOrDefault(s => s.Code == code);

    public async Task<ServiceFacts?> Find(FrontDoorDb db, Guid councilId, Guid serviceId, CancellationToken cancellationToken = default) =>
        (await For(db, councilId, cancellationToken)).GetValueOrDefault(serviceId);
}
